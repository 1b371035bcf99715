# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_export_phone_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ProcedureExportPhonePage(object):
    def setupUi(self, ProcedureExportPhonePage):
        if not ProcedureExportPhonePage.objectName():
            ProcedureExportPhonePage.setObjectName(u"ProcedureExportPhonePage")
        ProcedureExportPhonePage.resize(760, 80)
        self.main_layout = QVBoxLayout(ProcedureExportPhonePage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.done_box = QCheckBox(ProcedureExportPhonePage)
        self.done_box.setObjectName(u"done_box")

        self.main_layout.addWidget(self.done_box)

        self.skip_box = QCheckBox(ProcedureExportPhonePage)
        self.skip_box.setObjectName(u"skip_box")

        self.main_layout.addWidget(self.skip_box)


        self.retranslateUi(ProcedureExportPhonePage)

        QMetaObject.connectSlotsByName(ProcedureExportPhonePage)
    # setupUi

    def retranslateUi(self, ProcedureExportPhonePage):
        self.done_box.setText(QCoreApplication.translate("ProcedureExportPhonePage", u"All contacts of the phone are exported and the file is on this computer.", None))
        self.skip_box.setText(QCoreApplication.translate("ProcedureExportPhonePage", u"Skip: this is a new phone without contacts.", None))
        pass
    # retranslateUi
