# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_done_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpinBox, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProcedureDonePage(object):
    def setupUi(self, ProcedureDonePage):
        if not ProcedureDonePage.objectName():
            ProcedureDonePage.setObjectName(u"ProcedureDonePage")
        ProcedureDonePage.resize(760, 260)
        self.main_layout = QVBoxLayout(ProcedureDonePage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QTextBrowser(ProcedureDonePage)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumSize(QSize(16777215, 150))

        self.main_layout.addWidget(self.summary)

        self.on_phone_box = QCheckBox(ProcedureDonePage)
        self.on_phone_box.setObjectName(u"on_phone_box")

        self.main_layout.addWidget(self.on_phone_box)

        self.count_form = QFormLayout()
        self.count_form.setObjectName(u"count_form")
        self.after_count_label = QLabel(ProcedureDonePage)
        self.after_count_label.setObjectName(u"after_count_label")

        self.count_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.after_count_label)

        self.after_count_spin = QSpinBox(ProcedureDonePage)
        self.after_count_spin.setObjectName(u"after_count_spin")
        self.after_count_spin.setMaximum(1000000)

        self.count_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.after_count_spin)


        self.main_layout.addLayout(self.count_form)

        self.protocol_layout = QHBoxLayout()
        self.protocol_layout.setObjectName(u"protocol_layout")
        self.protocol_button = QPushButton(ProcedureDonePage)
        self.protocol_button.setObjectName(u"protocol_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.protocol_button.sizePolicy().hasHeightForWidth())
        self.protocol_button.setSizePolicy(sizePolicy)

        self.protocol_layout.addWidget(self.protocol_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.progress_bar = QProgressBar(ProcedureDonePage)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(False)

        self.protocol_layout.addWidget(self.progress_bar)

        self.protocol_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.protocol_layout)

#if QT_CONFIG(shortcut)
        self.after_count_label.setBuddy(self.after_count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcedureDonePage)

        QMetaObject.connectSlotsByName(ProcedureDonePage)
    # setupUi

    def retranslateUi(self, ProcedureDonePage):
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ProcedureDonePage", u"Summary of the procedure", None))
#endif // QT_CONFIG(accessibility)
        self.on_phone_box.setText(QCoreApplication.translate("ProcedureDonePage", u"The transferred contacts are on the phone.", None))
        self.after_count_label.setText(QCoreApplication.translate("ProcedureDonePage", u"Contacts the phone &shows now:", None))
        self.protocol_button.setText(QCoreApplication.translate("ProcedureDonePage", u"Save the &protocol as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ProcedureDonePage", u"Progress of the protocol", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
