# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_classify_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ProcedureClassifyPage(object):
    def setupUi(self, ProcedureClassifyPage):
        if not ProcedureClassifyPage.objectName():
            ProcedureClassifyPage.setObjectName(u"ProcedureClassifyPage")
        ProcedureClassifyPage.resize(760, 260)
        self.main_layout = QVBoxLayout(ProcedureClassifyPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.contacts_table = QTableWidget(ProcedureClassifyPage)
        if (self.contacts_table.columnCount() < 3):
            self.contacts_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setMinimumSize(QSize(0, 160))
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setColumnCount(3)
        self.contacts_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.contacts_table)

        self.category_layout = QHBoxLayout()
        self.category_layout.setObjectName(u"category_layout")
        self.select_unclassified_button = QPushButton(ProcedureClassifyPage)
        self.select_unclassified_button.setObjectName(u"select_unclassified_button")

        self.category_layout.addWidget(self.select_unclassified_button)

        self.category_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.category_layout.addItem(self.category_spacer)

        self.category_combo = QComboBox(ProcedureClassifyPage)
        self.category_combo.setObjectName(u"category_combo")

        self.category_layout.addWidget(self.category_combo)

        self.apply_button = QPushButton(ProcedureClassifyPage)
        self.apply_button.setObjectName(u"apply_button")

        self.category_layout.addWidget(self.apply_button)

        self.category_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.category_layout)

        self.count_label = QLabel(ProcedureClassifyPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.main_layout.addWidget(self.count_label)


        self.retranslateUi(ProcedureClassifyPage)

        QMetaObject.connectSlotsByName(ProcedureClassifyPage)
    # setupUi

    def retranslateUi(self, ProcedureClassifyPage):
        ___qtablewidgetitem = self.contacts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProcedureClassifyPage", u"Name", None))
        ___qtablewidgetitem1 = self.contacts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProcedureClassifyPage", u"Numbers", None))
        ___qtablewidgetitem2 = self.contacts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProcedureClassifyPage", u"Category", None))
#if QT_CONFIG(accessibility)
        self.contacts_table.setAccessibleName(QCoreApplication.translate("ProcedureClassifyPage", u"Contacts and their categories", None))
#endif // QT_CONFIG(accessibility)
        self.select_unclassified_button.setText(QCoreApplication.translate("ProcedureClassifyPage", u"Select &unclassified", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("ProcedureClassifyPage", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.apply_button.setText(QCoreApplication.translate("ProcedureClassifyPage", u"Set for &selected", None))
        pass
    # retranslateUi
