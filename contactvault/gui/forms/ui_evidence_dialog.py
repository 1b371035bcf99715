# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_EvidenceDialog(object):
    def setupUi(self, EvidenceDialog):
        if not EvidenceDialog.objectName():
            EvidenceDialog.setObjectName(u"EvidenceDialog")
        EvidenceDialog.resize(680, 520)
        self.main_layout = QVBoxLayout(EvidenceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.event_label = QLabel(EvidenceDialog)
        self.event_label.setObjectName(u"event_label")
        self.event_label.setText(u"event")
        self.event_label.setWordWrap(True)
        self.event_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.event_label)

        self.sent_text_label = QLabel(EvidenceDialog)
        self.sent_text_label.setObjectName(u"sent_text_label")

        self.main_layout.addWidget(self.sent_text_label)

        self.sent_text_view = QPlainTextEdit(EvidenceDialog)
        self.sent_text_view.setObjectName(u"sent_text_view")
        self.sent_text_view.setReadOnly(True)

        self.main_layout.addWidget(self.sent_text_view)

        self.files_label = QLabel(EvidenceDialog)
        self.files_label.setObjectName(u"files_label")

        self.main_layout.addWidget(self.files_label)

        self.files_tree = QTreeWidget(EvidenceDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(3, u"SHA-256")
        self.files_tree.setHeaderItem(__qtreewidgetitem)
        self.files_tree.setObjectName(u"files_tree")
        self.files_tree.setRootIsDecorated(False)
        self.files_tree.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.files_tree)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.attach_button = QPushButton(EvidenceDialog)
        self.attach_button.setObjectName(u"attach_button")
        self.attach_button.setAutoDefault(False)

        self.buttons_row.addWidget(self.attach_button)

        self.save_button = QPushButton(EvidenceDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_row.addWidget(self.save_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_row)

        self.message_label = QLabel(EvidenceDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(EvidenceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sent_text_label.setBuddy(self.sent_text_view)
        self.files_label.setBuddy(self.files_tree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceDialog)

        QMetaObject.connectSlotsByName(EvidenceDialog)
    # setupUi

    def retranslateUi(self, EvidenceDialog):
        EvidenceDialog.setWindowTitle(QCoreApplication.translate("EvidenceDialog", u"Evidence", None))
        self.sent_text_label.setText(QCoreApplication.translate("EvidenceDialog", u"&Text sent, as kept in the vault:", None))
#if QT_CONFIG(accessibility)
        self.sent_text_view.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"The exact text sent", None))
#endif // QT_CONFIG(accessibility)
        self.files_label.setText(QCoreApplication.translate("EvidenceDialog", u"&Files kept as evidence:", None))
        ___qtreewidgetitem = self.files_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EvidenceDialog", u"Added", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EvidenceDialog", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EvidenceDialog", u"File", None))
#if QT_CONFIG(accessibility)
        self.files_tree.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Files kept as evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.files_tree.setToolTip(QCoreApplication.translate("EvidenceDialog", u"Kept encrypted inside the vault, with name, size and SHA-256", None))
#endif // QT_CONFIG(tooltip)
        self.attach_button.setText(QCoreApplication.translate("EvidenceDialog", u"&Attach file\u2026", None))
        self.save_button.setText(QCoreApplication.translate("EvidenceDialog", u"&Save a copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("EvidenceDialog", u"Writes the file outside the vault, not encrypted; an existing file is never overwritten", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
