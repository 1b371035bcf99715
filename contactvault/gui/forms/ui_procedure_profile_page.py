# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_profile_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProcedureProfilePage(object):
    def setupUi(self, ProcedureProfilePage):
        if not ProcedureProfilePage.objectName():
            ProcedureProfilePage.setObjectName(u"ProcedureProfilePage")
        ProcedureProfilePage.resize(760, 420)
        self.main_layout = QVBoxLayout(ProcedureProfilePage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.device_form = QFormLayout()
        self.device_form.setObjectName(u"device_form")
        self.device_label = QLabel(ProcedureProfilePage)
        self.device_label.setObjectName(u"device_label")

        self.device_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.device_label)

        self.device_combo = QComboBox(ProcedureProfilePage)
        self.device_combo.setObjectName(u"device_combo")

        self.device_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.device_combo)


        self.main_layout.addLayout(self.device_form)

        self.new_box = QGroupBox(ProcedureProfilePage)
        self.new_box.setObjectName(u"new_box")
        self.new_form = QFormLayout(self.new_box)
        self.new_form.setObjectName(u"new_form")
        self.name_label = QLabel(self.new_box)
        self.name_label.setObjectName(u"name_label")

        self.new_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.new_box)
        self.name_edit.setObjectName(u"name_edit")

        self.new_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.owner_label = QLabel(self.new_box)
        self.owner_label.setObjectName(u"owner_label")

        self.new_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_edit = QLineEdit(self.new_box)
        self.owner_edit.setObjectName(u"owner_edit")

        self.new_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_edit)

        self.number_label = QLabel(self.new_box)
        self.number_label.setObjectName(u"number_label")

        self.new_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.new_box)
        self.number_edit.setObjectName(u"number_edit")

        self.new_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.platform_label = QLabel(self.new_box)
        self.platform_label.setObjectName(u"platform_label")

        self.new_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(self.new_box)
        self.platform_combo.setObjectName(u"platform_combo")

        self.new_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.platform_combo)


        self.main_layout.addWidget(self.new_box)

        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.start_box = QGroupBox(ProcedureProfilePage)
        self.start_box.setObjectName(u"start_box")
        self.start_layout = QVBoxLayout(self.start_box)
        self.start_layout.setObjectName(u"start_layout")

        self.choice_layout.addWidget(self.start_box)

        self.route_box = QGroupBox(ProcedureProfilePage)
        self.route_box.setObjectName(u"route_box")
        self.route_layout = QVBoxLayout(self.route_box)
        self.route_layout.setObjectName(u"route_layout")

        self.choice_layout.addWidget(self.route_box)


        self.main_layout.addLayout(self.choice_layout)

        self.route_text = QTextBrowser(ProcedureProfilePage)
        self.route_text.setObjectName(u"route_text")
        self.route_text.setMaximumSize(QSize(16777215, 130))

        self.main_layout.addWidget(self.route_text)

        self.new_run_box = QCheckBox(ProcedureProfilePage)
        self.new_run_box.setObjectName(u"new_run_box")

        self.main_layout.addWidget(self.new_run_box)

#if QT_CONFIG(shortcut)
        self.device_label.setBuddy(self.device_combo)
        self.name_label.setBuddy(self.name_edit)
        self.owner_label.setBuddy(self.owner_edit)
        self.number_label.setBuddy(self.number_edit)
        self.platform_label.setBuddy(self.platform_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcedureProfilePage)

        QMetaObject.connectSlotsByName(ProcedureProfilePage)
    # setupUi

    def retranslateUi(self, ProcedureProfilePage):
        self.device_label.setText(QCoreApplication.translate("ProcedureProfilePage", u"&WhatsApp phone:", None))
#if QT_CONFIG(accessibility)
        self.device_combo.setAccessibleName(QCoreApplication.translate("ProcedureProfilePage", u"WhatsApp phone", None))
#endif // QT_CONFIG(accessibility)
        self.new_box.setTitle(QCoreApplication.translate("ProcedureProfilePage", u"New phone profile", None))
        self.name_label.setText(QCoreApplication.translate("ProcedureProfilePage", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ProcedureProfilePage", u"for example \"Workshop phone\"", None))
        self.owner_label.setText(QCoreApplication.translate("ProcedureProfilePage", u"Person &responsible:", None))
        self.number_label.setText(QCoreApplication.translate("ProcedureProfilePage", u"The phone's own n&umber:", None))
        self.platform_label.setText(QCoreApplication.translate("ProcedureProfilePage", u"&Operating system:", None))
        self.start_box.setTitle(QCoreApplication.translate("ProcedureProfilePage", u"Starting point", None))
        self.route_box.setTitle(QCoreApplication.translate("ProcedureProfilePage", u"Route", None))
#if QT_CONFIG(accessibility)
        self.route_text.setAccessibleName(QCoreApplication.translate("ProcedureProfilePage", u"What the chosen route means", None))
#endif // QT_CONFIG(accessibility)
        self.new_run_box.setText(QCoreApplication.translate("ProcedureProfilePage", u"Start the procedure again for this phone (the earlier run stays in the record)", None))
        pass
    # retranslateUi
