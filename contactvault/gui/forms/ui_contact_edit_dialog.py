# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_edit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactEditDialog(object):
    def setupUi(self, ContactEditDialog):
        if not ContactEditDialog.objectName():
            ContactEditDialog.setObjectName(u"ContactEditDialog")
        ContactEditDialog.resize(480, 420)
        self.main_layout = QVBoxLayout(ContactEditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.formatted_label = QLabel(ContactEditDialog)
        self.formatted_label.setObjectName(u"formatted_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatted_label)

        self.formatted_edit = QLineEdit(ContactEditDialog)
        self.formatted_edit.setObjectName(u"formatted_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatted_edit)

        self.given_label = QLabel(ContactEditDialog)
        self.given_label.setObjectName(u"given_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_label)

        self.given_edit = QLineEdit(ContactEditDialog)
        self.given_edit.setObjectName(u"given_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_edit)

        self.family_label = QLabel(ContactEditDialog)
        self.family_label.setObjectName(u"family_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_label)

        self.family_edit = QLineEdit(ContactEditDialog)
        self.family_edit.setObjectName(u"family_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_edit)

        self.organisation_label = QLabel(ContactEditDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(ContactEditDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.title_label = QLabel(ContactEditDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ContactEditDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.language_label = QLabel(ContactEditDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(ContactEditDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.category_label = QLabel(ContactEditDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(ContactEditDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.numbers_label = QLabel(ContactEditDialog)
        self.numbers_label.setObjectName(u"numbers_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.numbers_label)

        self.numbers_edit = QPlainTextEdit(ContactEditDialog)
        self.numbers_edit.setObjectName(u"numbers_edit")
        self.numbers_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.numbers_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(ContactEditDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ContactEditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.formatted_label.setBuddy(self.formatted_edit)
        self.given_label.setBuddy(self.given_edit)
        self.family_label.setBuddy(self.family_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.title_label.setBuddy(self.title_edit)
        self.language_label.setBuddy(self.language_combo)
        self.category_label.setBuddy(self.category_combo)
        self.numbers_label.setBuddy(self.numbers_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditDialog)

        QMetaObject.connectSlotsByName(ContactEditDialog)
    # setupUi

    def retranslateUi(self, ContactEditDialog):
        ContactEditDialog.setWindowTitle(QCoreApplication.translate("ContactEditDialog", u"Edit contact", None))
        self.formatted_label.setText(QCoreApplication.translate("ContactEditDialog", u"Display &name:", None))
#if QT_CONFIG(accessibility)
        self.formatted_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Display name", None))
#endif // QT_CONFIG(accessibility)
        self.given_label.setText(QCoreApplication.translate("ContactEditDialog", u"&Given name:", None))
#if QT_CONFIG(accessibility)
        self.given_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Given name", None))
#endif // QT_CONFIG(accessibility)
        self.family_label.setText(QCoreApplication.translate("ContactEditDialog", u"&Family name:", None))
#if QT_CONFIG(accessibility)
        self.family_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("ContactEditDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("ContactEditDialog", u"&Job title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ContactEditDialog", u"Notice &language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Notice language", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("ContactEditDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.numbers_label.setText(QCoreApplication.translate("ContactEditDialog", u"Phone &numbers:", None))
#if QT_CONFIG(accessibility)
        self.numbers_edit.setAccessibleName(QCoreApplication.translate("ContactEditDialog", u"Phone numbers, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.numbers_edit.setPlaceholderText(QCoreApplication.translate("ContactEditDialog", u"One number per line", None))
    # retranslateUi
