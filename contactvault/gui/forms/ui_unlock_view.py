# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_view.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockView(object):
    def setupUi(self, UnlockView):
        if not UnlockView.objectName():
            UnlockView.setObjectName(u"UnlockView")
        UnlockView.resize(640, 480)
        self.outer_layout = QVBoxLayout(UnlockView)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.center_layout = QHBoxLayout()
        self.center_layout.setObjectName(u"center_layout")
        self.left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center_layout.addItem(self.left_spacer)

        self.card = QFrame(UnlockView)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(440, 0))
        self.card.setMaximumSize(QSize(560, 16777215))
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(10)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(self.card)
        self.title_label.setObjectName(u"title_label")

        self.card_layout.addWidget(self.title_label)

        self.intro_label = QLabel(self.card)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.card_layout.addWidget(self.intro_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_label = QLabel(self.card)
        self.path_label.setObjectName(u"path_label")
        self.path_label.setText(u"vault path")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.path_label.sizePolicy().hasHeightForWidth())
        self.path_label.setSizePolicy(sizePolicy)

        self.path_layout.addWidget(self.path_label)

        self.choose_vault_button = QPushButton(self.card)
        self.choose_vault_button.setObjectName(u"choose_vault_button")

        self.path_layout.addWidget(self.choose_vault_button)


        self.card_layout.addLayout(self.path_layout)

        self.passphrase_label = QLabel(self.card)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.card_layout.addWidget(self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.card)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.card_layout.addWidget(self.passphrase_edit)

        self.remember_check = QCheckBox(self.card)
        self.remember_check.setObjectName(u"remember_check")

        self.card_layout.addWidget(self.remember_check)

        self.message_label = QLabel(self.card)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.card_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.create_button = QPushButton(self.card)
        self.create_button.setObjectName(u"create_button")

        self.button_layout.addWidget(self.create_button)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.store_button = QPushButton(self.card)
        self.store_button.setObjectName(u"store_button")

        self.button_layout.addWidget(self.store_button)

        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_layout.addWidget(self.unlock_button)


        self.card_layout.addLayout(self.button_layout)


        self.center_layout.addWidget(self.card)

        self.right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center_layout.addItem(self.right_spacer)


        self.outer_layout.addLayout(self.center_layout)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockView)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockView)
    # setupUi

    def retranslateUi(self, UnlockView):
        self.title_label.setText(QCoreApplication.translate("UnlockView", u"The vault is locked", None))
        self.intro_label.setText(QCoreApplication.translate("UnlockView", u"Your contacts are stored encrypted. Enter the passphrase to open them.", None))
        self.choose_vault_button.setText(QCoreApplication.translate("UnlockView", u"Other vault\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_vault_button.setAccessibleName(QCoreApplication.translate("UnlockView", u"Choose another vault file", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockView", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockView", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("UnlockView", u"&Remember in the system's secret store", None))
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("UnlockView", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.create_button.setText(QCoreApplication.translate("UnlockView", u"&Create new vault\u2026", None))
        self.store_button.setText(QCoreApplication.translate("UnlockView", u"Use &secret store", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockView", u"&Unlock", None))
        pass
    # retranslateUi
