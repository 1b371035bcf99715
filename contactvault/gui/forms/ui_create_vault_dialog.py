# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CreateVaultDialog(object):
    def setupUi(self, CreateVaultDialog):
        if not CreateVaultDialog.objectName():
            CreateVaultDialog.setObjectName(u"CreateVaultDialog")
        CreateVaultDialog.resize(520, 360)
        self.main_layout = QVBoxLayout(CreateVaultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CreateVaultDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.path_caption = QLabel(CreateVaultDialog)
        self.path_caption.setObjectName(u"path_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.path_caption)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(CreateVaultDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(CreateVaultDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.path_layout)

        self.passphrase_label = QLabel(CreateVaultDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(CreateVaultDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(CreateVaultDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(CreateVaultDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.strength_label = QLabel(CreateVaultDialog)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setText(u"")
        self.strength_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_label)

        self.remember_check = QCheckBox(CreateVaultDialog)
        self.remember_check.setObjectName(u"remember_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remember_check)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(CreateVaultDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(CreateVaultDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateVaultDialog)

        QMetaObject.connectSlotsByName(CreateVaultDialog)
    # setupUi

    def retranslateUi(self, CreateVaultDialog):
        CreateVaultDialog.setWindowTitle(QCoreApplication.translate("CreateVaultDialog", u"Create a new vault", None))
        self.intro_label.setText(QCoreApplication.translate("CreateVaultDialog", u"All contacts are kept in one encrypted file. Choose a passphrase you can remember; without it nobody, including you, can open the vault.", None))
        self.path_caption.setText(QCoreApplication.translate("CreateVaultDialog", u"Vault file:", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("CreateVaultDialog", u"&Browse\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("CreateVaultDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("CreateVaultDialog", u"&Repeat:", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Repeat passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("CreateVaultDialog", u"Re&member in the system's secret store", None))
    # retranslateUi
