# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(720, 340)
        self.main_layout = QVBoxLayout(AuditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AuditDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.expect_label = QLabel(AuditDialog)
        self.expect_label.setObjectName(u"expect_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expect_label)

        self.expect_edit = QLineEdit(AuditDialog)
        self.expect_edit.setObjectName(u"expect_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expect_edit)

        self.head_caption = QLabel(AuditDialog)
        self.head_caption.setObjectName(u"head_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.head_caption)

        self.head_edit = QLineEdit(AuditDialog)
        self.head_edit.setObjectName(u"head_edit")
        self.head_edit.setReadOnly(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.head_edit)


        self.main_layout.addLayout(self.form_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.check_button = QPushButton(AuditDialog)
        self.check_button.setObjectName(u"check_button")

        self.button_layout.addWidget(self.check_button)

        self.copy_button = QPushButton(AuditDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_layout.addWidget(self.copy_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_layout.setStretch(2, 1)

        self.main_layout.addLayout(self.button_layout)

        self.message_label = QLabel(AuditDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.expect_label.setBuddy(self.expect_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Check the audit trail", None))
        self.intro_label.setText(QCoreApplication.translate("AuditDialog", u"Consent events, exports, removal confirmations, procedure steps and settings are chained by their checksums. The check shows whether anything was changed behind the program's back. Against someone who knows the passphrase and rewrites everything, only a head printed earlier and kept outside the vault helps: enter it below.", None))
        self.expect_label.setText(QCoreApplication.translate("AuditDialog", u"Head printed &earlier:", None))
        self.expect_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"optional, e.g. 57:3f9a0c1d2e4b5a69 (from a protocol, export or backup)", None))
#if QT_CONFIG(accessibility)
        self.expect_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Head printed earlier", None))
#endif // QT_CONFIG(accessibility)
        self.head_caption.setText(QCoreApplication.translate("AuditDialog", u"Head now:", None))
#if QT_CONFIG(accessibility)
        self.head_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Head of the audit trail now", None))
#endif // QT_CONFIG(accessibility)
        self.check_button.setText(QCoreApplication.translate("AuditDialog", u"&Check", None))
        self.copy_button.setText(QCoreApplication.translate("AuditDialog", u"C&opy the head", None))
    # retranslateUi
