# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CompanyDialog(object):
    def setupUi(self, CompanyDialog):
        if not CompanyDialog.objectName():
            CompanyDialog.setObjectName(u"CompanyDialog")
        CompanyDialog.resize(600, 520)
        self.main_layout = QVBoxLayout(CompanyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CompanyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"intro")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.company_group = QGroupBox(CompanyDialog)
        self.company_group.setObjectName(u"company_group")
        self.company_form = QFormLayout(self.company_group)
        self.company_form.setObjectName(u"company_form")
        self.name_label = QLabel(self.company_group)
        self.name_label.setObjectName(u"name_label")

        self.company_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.company_group)
        self.name_edit.setObjectName(u"name_edit")

        self.company_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.address_label = QLabel(self.company_group)
        self.address_label.setObjectName(u"address_label")

        self.company_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.company_group)
        self.address_edit.setObjectName(u"address_edit")

        self.company_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.responsible_label = QLabel(self.company_group)
        self.responsible_label.setObjectName(u"responsible_label")

        self.company_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible_edit = QLineEdit(self.company_group)
        self.responsible_edit.setObjectName(u"responsible_edit")

        self.company_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsible_edit)

        self.contact_label = QLabel(self.company_group)
        self.contact_label.setObjectName(u"contact_label")

        self.company_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_edit = QLineEdit(self.company_group)
        self.contact_edit.setObjectName(u"contact_edit")

        self.company_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_edit)

        self.privacy_url_label = QLabel(self.company_group)
        self.privacy_url_label.setObjectName(u"privacy_url_label")

        self.company_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.privacy_url_label)

        self.privacy_url_edit = QLineEdit(self.company_group)
        self.privacy_url_edit.setObjectName(u"privacy_url_edit")
        self.privacy_url_edit.setPlaceholderText(u"https://\u2026")

        self.company_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.privacy_url_edit)


        self.main_layout.addWidget(self.company_group)

        self.dpo_group = QGroupBox(CompanyDialog)
        self.dpo_group.setObjectName(u"dpo_group")
        self.dpo_form = QFormLayout(self.dpo_group)
        self.dpo_form.setObjectName(u"dpo_form")
        self.no_dpo_box = QCheckBox(self.dpo_group)
        self.no_dpo_box.setObjectName(u"no_dpo_box")

        self.dpo_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.no_dpo_box)

        self.dpo_name_label = QLabel(self.dpo_group)
        self.dpo_name_label.setObjectName(u"dpo_name_label")

        self.dpo_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dpo_name_label)

        self.dpo_name_edit = QLineEdit(self.dpo_group)
        self.dpo_name_edit.setObjectName(u"dpo_name_edit")

        self.dpo_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dpo_name_edit)

        self.dpo_contact_label = QLabel(self.dpo_group)
        self.dpo_contact_label.setObjectName(u"dpo_contact_label")

        self.dpo_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dpo_contact_label)

        self.dpo_contact_edit = QLineEdit(self.dpo_group)
        self.dpo_contact_edit.setObjectName(u"dpo_contact_edit")

        self.dpo_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dpo_contact_edit)


        self.main_layout.addWidget(self.dpo_group)

        self.message_label = QLabel(CompanyDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CompanyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.address_label.setBuddy(self.address_edit)
        self.responsible_label.setBuddy(self.responsible_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.privacy_url_label.setBuddy(self.privacy_url_edit)
        self.dpo_name_label.setBuddy(self.dpo_name_edit)
        self.dpo_contact_label.setBuddy(self.dpo_contact_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.responsible_edit)
        QWidget.setTabOrder(self.responsible_edit, self.contact_edit)
        QWidget.setTabOrder(self.contact_edit, self.privacy_url_edit)
        QWidget.setTabOrder(self.privacy_url_edit, self.no_dpo_box)
        QWidget.setTabOrder(self.no_dpo_box, self.dpo_name_edit)
        QWidget.setTabOrder(self.dpo_name_edit, self.dpo_contact_edit)

        self.retranslateUi(CompanyDialog)

        QMetaObject.connectSlotsByName(CompanyDialog)
    # setupUi

    def retranslateUi(self, CompanyDialog):
        CompanyDialog.setWindowTitle(QCoreApplication.translate("CompanyDialog", u"Your business", None))
        self.company_group.setTitle(QCoreApplication.translate("CompanyDialog", u"The business (the controller)", None))
        self.name_label.setText(QCoreApplication.translate("CompanyDialog", u"Company &name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Company name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. Joinery Holz Ltd", None))
        self.address_label.setText(QCoreApplication.translate("CompanyDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Postal address of the business", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Street, postcode and town", None))
        self.responsible_label.setText(QCoreApplication.translate("CompanyDialog", u"&Person responsible:", None))
#if QT_CONFIG(accessibility)
        self.responsible_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Person responsible at the business", None))
#endif // QT_CONFIG(accessibility)
        self.responsible_edit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. the owner or managing director", None))
        self.contact_label.setText(QCoreApplication.translate("CompanyDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.contact_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Contact for data-protection questions", None))
#endif // QT_CONFIG(accessibility)
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Phone or e-mail for data-protection questions", None))
        self.privacy_url_label.setText(QCoreApplication.translate("CompanyDialog", u"Privacy polic&y:", None))
#if QT_CONFIG(accessibility)
        self.privacy_url_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Web address of the privacy policy", None))
#endif // QT_CONFIG(accessibility)
        self.dpo_group.setTitle(QCoreApplication.translate("CompanyDialog", u"Data-protection officer", None))
        self.no_dpo_box.setText(QCoreApplication.translate("CompanyDialog", u"No &data-protection officer appointed (not required for this business)", None))
        self.dpo_name_label.setText(QCoreApplication.translate("CompanyDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.dpo_name_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Name of the data-protection officer", None))
#endif // QT_CONFIG(accessibility)
        self.dpo_contact_label.setText(QCoreApplication.translate("CompanyDialog", u"C&ontact:", None))
#if QT_CONFIG(accessibility)
        self.dpo_contact_edit.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Contact of the data-protection officer", None))
#endif // QT_CONFIG(accessibility)
        self.dpo_contact_edit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"E-mail, phone or address", None))
    # retranslateUi
