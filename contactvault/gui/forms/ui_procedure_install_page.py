# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_install_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ProcedureInstallPage(object):
    def setupUi(self, ProcedureInstallPage):
        if not ProcedureInstallPage.objectName():
            ProcedureInstallPage.setObjectName(u"ProcedureInstallPage")
        ProcedureInstallPage.resize(760, 100)
        self.main_layout = QVBoxLayout(ProcedureInstallPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.app_whatsapp_business = QRadioButton(ProcedureInstallPage)
        self.app_whatsapp_business.setObjectName(u"app_whatsapp_business")
        self.app_whatsapp_business.setText(u"WhatsApp Business")
        self.app_whatsapp_business.setChecked(True)

        self.main_layout.addWidget(self.app_whatsapp_business)

        self.app_whatsapp = QRadioButton(ProcedureInstallPage)
        self.app_whatsapp.setObjectName(u"app_whatsapp")
        self.app_whatsapp.setText(u"WhatsApp")

        self.main_layout.addWidget(self.app_whatsapp)

        self.installed_box = QCheckBox(ProcedureInstallPage)
        self.installed_box.setObjectName(u"installed_box")

        self.main_layout.addWidget(self.installed_box)


        self.retranslateUi(ProcedureInstallPage)

        QMetaObject.connectSlotsByName(ProcedureInstallPage)
    # setupUi

    def retranslateUi(self, ProcedureInstallPage):
        self.installed_box.setText(QCoreApplication.translate("ProcedureInstallPage", u"WhatsApp is installed on the cleared phone.", None))
        pass
    # retranslateUi
