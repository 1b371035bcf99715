# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_transfer_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProcedureTransferPage(object):
    def setupUi(self, ProcedureTransferPage):
        if not ProcedureTransferPage.objectName():
            ProcedureTransferPage.setObjectName(u"ProcedureTransferPage")
        ProcedureTransferPage.resize(760, 120)
        self.main_layout = QVBoxLayout(ProcedureTransferPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.run_layout = QHBoxLayout()
        self.run_layout.setObjectName(u"run_layout")
        self.export_button = QPushButton(ProcedureTransferPage)
        self.export_button.setObjectName(u"export_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.export_button.sizePolicy().hasHeightForWidth())
        self.export_button.setSizePolicy(sizePolicy)

        self.run_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.progress_bar = QProgressBar(ProcedureTransferPage)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(False)

        self.run_layout.addWidget(self.progress_bar)

        self.run_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.run_layout)

        self.result_label = QLabel(ProcedureTransferPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.warning_label = QLabel(ProcedureTransferPage)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setText(u"")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)


        self.retranslateUi(ProcedureTransferPage)

        QMetaObject.connectSlotsByName(ProcedureTransferPage)
    # setupUi

    def retranslateUi(self, ProcedureTransferPage):
        self.export_button.setText(QCoreApplication.translate("ProcedureTransferPage", u"&Create the file for the phone\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ProcedureTransferPage", u"Progress of the transfer", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
