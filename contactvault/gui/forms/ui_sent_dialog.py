# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SentDialog(object):
    def setupUi(self, SentDialog):
        if not SentDialog.objectName():
            SentDialog.setObjectName(u"SentDialog")
        SentDialog.resize(560, 460)
        self.main_layout = QVBoxLayout(SentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.question_label = QLabel(SentDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setText(u"question")
        self.question_label.setWordWrap(True)

        self.main_layout.addWidget(self.question_label)

        self.text_view = QPlainTextEdit(SentDialog)
        self.text_view.setObjectName(u"text_view")
        self.text_view.setReadOnly(True)

        self.main_layout.addWidget(self.text_view)

        self.copy_row = QHBoxLayout()
        self.copy_row.setObjectName(u"copy_row")
        self.version_label = QLabel(SentDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setText(u"")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_row.addWidget(self.version_label)

        self.copy_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copy_row.addItem(self.copy_spacer)

        self.copy_button = QPushButton(SentDialog)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.copy_row.addWidget(self.copy_button)


        self.main_layout.addLayout(self.copy_row)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.sent_at_label = QLabel(SentDialog)
        self.sent_at_label.setObjectName(u"sent_at_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sent_at_label)

        self.sent_at_edit = QDateTimeEdit(SentDialog)
        self.sent_at_edit.setObjectName(u"sent_at_edit")
        self.sent_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sent_at_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(SentDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.No|QDialogButtonBox.StandardButton.Yes)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sent_at_label.setBuddy(self.sent_at_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SentDialog)

        QMetaObject.connectSlotsByName(SentDialog)
    # setupUi

    def retranslateUi(self, SentDialog):
        SentDialog.setWindowTitle(QCoreApplication.translate("SentDialog", u"Was it sent?", None))
#if QT_CONFIG(accessibility)
        self.text_view.setAccessibleName(QCoreApplication.translate("SentDialog", u"The text on the clipboard", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("SentDialog", u"Copy &again", None))
        self.sent_at_label.setText(QCoreApplication.translate("SentDialog", u"&Sent on:", None))
#if QT_CONFIG(accessibility)
        self.sent_at_edit.setAccessibleName(QCoreApplication.translate("SentDialog", u"Date and time it was sent", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
