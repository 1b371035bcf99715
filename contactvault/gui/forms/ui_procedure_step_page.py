# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_step_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget, QWizardPage)

class Ui_ProcedureStepPage(object):
    def setupUi(self, ProcedureStepPage):
        if not ProcedureStepPage.objectName():
            ProcedureStepPage.setObjectName(u"ProcedureStepPage")
        ProcedureStepPage.resize(780, 560)
        self.main_layout = QVBoxLayout(ProcedureStepPage)
        self.main_layout.setObjectName(u"main_layout")
        self.instructions = QTextBrowser(ProcedureStepPage)
        self.instructions.setObjectName(u"instructions")
        self.instructions.setMinimumSize(QSize(0, 170))
        self.instructions.setOpenExternalLinks(False)

        self.main_layout.addWidget(self.instructions)

        self.body = QWidget(ProcedureStepPage)
        self.body.setObjectName(u"body")

        self.main_layout.addWidget(self.body)

        self.recorded_label = QLabel(ProcedureStepPage)
        self.recorded_label.setObjectName(u"recorded_label")
        self.recorded_label.setText(u"")
        self.recorded_label.setWordWrap(True)

        self.main_layout.addWidget(self.recorded_label)

        self.redo_box = QCheckBox(ProcedureStepPage)
        self.redo_box.setObjectName(u"redo_box")

        self.main_layout.addWidget(self.redo_box)

        self.message = QLabel(ProcedureStepPage)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.main_layout.addWidget(self.message)

        self.main_layout.setStretch(0, 3)

        self.retranslateUi(ProcedureStepPage)

        QMetaObject.connectSlotsByName(ProcedureStepPage)
    # setupUi

    def retranslateUi(self, ProcedureStepPage):
#if QT_CONFIG(accessibility)
        self.instructions.setAccessibleName(QCoreApplication.translate("ProcedureStepPage", u"Instructions for this step", None))
#endif // QT_CONFIG(accessibility)
        self.redo_box.setText(QCoreApplication.translate("ProcedureStepPage", u"Record this step &again (the earlier record is kept)", None))
        pass
    # retranslateUi
