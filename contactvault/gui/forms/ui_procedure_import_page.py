# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_import_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ProcedureImportPage(object):
    def setupUi(self, ProcedureImportPage):
        if not ProcedureImportPage.objectName():
            ProcedureImportPage.setObjectName(u"ProcedureImportPage")
        ProcedureImportPage.resize(760, 220)
        self.main_layout = QVBoxLayout(ProcedureImportPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.files_layout = QHBoxLayout()
        self.files_layout.setObjectName(u"files_layout")
        self.files = QListWidget(ProcedureImportPage)
        self.files.setObjectName(u"files")
        self.files.setMaximumSize(QSize(16777215, 70))

        self.files_layout.addWidget(self.files)

        self.choose_button = QPushButton(ProcedureImportPage)
        self.choose_button.setObjectName(u"choose_button")

        self.files_layout.addWidget(self.choose_button)

        self.files_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.files_layout)

        self.count_form = QFormLayout()
        self.count_form.setObjectName(u"count_form")
        self.count_label = QLabel(ProcedureImportPage)
        self.count_label.setObjectName(u"count_label")

        self.count_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.count_label)

        self.count_spin = QSpinBox(ProcedureImportPage)
        self.count_spin.setObjectName(u"count_spin")
        self.count_spin.setMaximum(1000000)

        self.count_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.count_spin)


        self.main_layout.addLayout(self.count_form)

        self.run_layout = QHBoxLayout()
        self.run_layout.setObjectName(u"run_layout")
        self.import_button = QPushButton(ProcedureImportPage)
        self.import_button.setObjectName(u"import_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.import_button.sizePolicy().hasHeightForWidth())
        self.import_button.setSizePolicy(sizePolicy)

        self.run_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.progress_bar = QProgressBar(ProcedureImportPage)
        self.progress_bar.setObjectName(u"progress_bar")

        self.run_layout.addWidget(self.progress_bar)

        self.run_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.run_layout)

        self.result_label = QLabel(ProcedureImportPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

#if QT_CONFIG(shortcut)
        self.count_label.setBuddy(self.count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcedureImportPage)

        QMetaObject.connectSlotsByName(ProcedureImportPage)
    # setupUi

    def retranslateUi(self, ProcedureImportPage):
#if QT_CONFIG(accessibility)
        self.files.setAccessibleName(QCoreApplication.translate("ProcedureImportPage", u"Exported files", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ProcedureImportPage", u"&Choose files\u2026", None))
        self.count_label.setText(QCoreApplication.translate("ProcedureImportPage", u"Number of contacts the phone &shows:", None))
        self.import_button.setText(QCoreApplication.translate("ProcedureImportPage", u"&Import and compare", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ProcedureImportPage", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
