# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'carddav_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CarddavDialog(object):
    def setupUi(self, CarddavDialog):
        if not CarddavDialog.objectName():
            CarddavDialog.setObjectName(u"CarddavDialog")
        CarddavDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(CarddavDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CarddavDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.url_label = QLabel(CarddavDialog)
        self.url_label.setObjectName(u"url_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(CarddavDialog)
        self.url_edit.setObjectName(u"url_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.url_edit)

        self.user_label = QLabel(CarddavDialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(CarddavDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(CarddavDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(CarddavDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.certificate_label = QLabel(CarddavDialog)
        self.certificate_label.setObjectName(u"certificate_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.certificate_label)

        self.certificate_edit = QLineEdit(CarddavDialog)
        self.certificate_edit.setObjectName(u"certificate_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.certificate_edit)

        self.remember_check = QCheckBox(CarddavDialog)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remember_check)


        self.main_layout.addLayout(self.form_layout)

        self.settings_buttons = QHBoxLayout()
        self.settings_buttons.setObjectName(u"settings_buttons")
        self.save_button = QPushButton(CarddavDialog)
        self.save_button.setObjectName(u"save_button")

        self.settings_buttons.addWidget(self.save_button)

        self.remove_button = QPushButton(CarddavDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.settings_buttons.addWidget(self.remove_button)

        self.settings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settings_buttons.addItem(self.settings_spacer)

        self.settings_buttons.setStretch(2, 1)

        self.main_layout.addLayout(self.settings_buttons)

        self.tabs = QTabWidget(CarddavDialog)
        self.tabs.setObjectName(u"tabs")
        self.changes_page = QWidget()
        self.changes_page.setObjectName(u"changes_page")
        self.changes_layout = QVBoxLayout(self.changes_page)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_label = QLabel(self.changes_page)
        self.changes_label.setObjectName(u"changes_label")

        self.changes_layout.addWidget(self.changes_label)

        self.changes_tree = QTreeWidget(self.changes_page)
        self.changes_tree.setObjectName(u"changes_tree")
        self.changes_tree.setRootIsDecorated(False)
        self.changes_tree.setAlternatingRowColors(True)

        self.changes_layout.addWidget(self.changes_tree)

        self.tabs.addTab(self.changes_page, "")
        self.removed_page = QWidget()
        self.removed_page.setObjectName(u"removed_page")
        self.removed_layout = QVBoxLayout(self.removed_page)
        self.removed_layout.setObjectName(u"removed_layout")
        self.removed_label = QLabel(self.removed_page)
        self.removed_label.setObjectName(u"removed_label")
        self.removed_label.setWordWrap(True)

        self.removed_layout.addWidget(self.removed_label)

        self.removed_tree = QTreeWidget(self.removed_page)
        self.removed_tree.setObjectName(u"removed_tree")
        self.removed_tree.setRootIsDecorated(False)
        self.removed_tree.setAlternatingRowColors(True)

        self.removed_layout.addWidget(self.removed_tree)

        self.tabs.addTab(self.removed_page, "")

        self.main_layout.addWidget(self.tabs)

        self.publish_buttons = QHBoxLayout()
        self.publish_buttons.setObjectName(u"publish_buttons")
        self.plan_button = QPushButton(CarddavDialog)
        self.plan_button.setObjectName(u"plan_button")

        self.publish_buttons.addWidget(self.plan_button)

        self.publish_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publish_buttons.addItem(self.publish_spacer)

        self.publish_button = QPushButton(CarddavDialog)
        self.publish_button.setObjectName(u"publish_button")

        self.publish_buttons.addWidget(self.publish_button)

        self.publish_buttons.setStretch(1, 1)

        self.main_layout.addLayout(self.publish_buttons)

        self.message_label = QLabel(CarddavDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(CarddavDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.certificate_label.setBuddy(self.certificate_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CarddavDialog)

        QMetaObject.connectSlotsByName(CarddavDialog)
    # setupUi

    def retranslateUi(self, CarddavDialog):
        CarddavDialog.setWindowTitle(QCoreApplication.translate("CarddavDialog", u"CardDAV address book", None))
        self.intro_label.setText(QCoreApplication.translate("CarddavDialog", u"Publish this phone's contacts to its own address book on a CardDAV server (Nextcloud, Radicale or another). The phone syncs the address book (DAVx5 on Android, a CardDAV account on the iPhone): a card deleted on the server leaves the phone at its next sync.", None))
        self.url_label.setText(QCoreApplication.translate("CarddavDialog", u"Address &book:", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("CarddavDialog", u"https://\u2026 the address book's own address", None))
#if QT_CONFIG(accessibility)
        self.url_edit.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Address of the address book", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("CarddavDialog", u"&Login:", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Login that may write the address book", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("CarddavDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Password of the login", None))
#endif // QT_CONFIG(accessibility)
        self.certificate_label.setText(QCoreApplication.translate("CarddavDialog", u"Server &certificate:", None))
        self.certificate_edit.setPlaceholderText(QCoreApplication.translate("CarddavDialog", u"only for a self-signed certificate: its file", None))
#if QT_CONFIG(accessibility)
        self.certificate_edit.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Certificate file of the server", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("CarddavDialog", u"&Keep the password in the system's secret store", None))
        self.save_button.setText(QCoreApplication.translate("CarddavDialog", u"&Check and save", None))
        self.remove_button.setText(QCoreApplication.translate("CarddavDialog", u"&Remove the address book", None))
        self.changes_label.setText(QCoreApplication.translate("CarddavDialog", u"What publishing changes on the server:", None))
        ___qtreewidgetitem = self.changes_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CarddavDialog", u"Reason", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CarddavDialog", u"Numbers", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CarddavDialog", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CarddavDialog", u"Change", None))
#if QT_CONFIG(accessibility)
        self.changes_tree.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Changes on the server", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.changes_page), QCoreApplication.translate("CarddavDialog", u"Changes on the server", None))
        self.removed_label.setText(QCoreApplication.translate("CarddavDialog", u"The phone drops these numbers at its next sync. Only a chat with the number stays on the phone: delete it there by hand, if there is one.", None))
        ___qtreewidgetitem1 = self.removed_tree.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("CarddavDialog", u"Removed", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CarddavDialog", u"Number", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CarddavDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.removed_tree.setAccessibleName(QCoreApplication.translate("CarddavDialog", u"Removed from the server", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.removed_page), QCoreApplication.translate("CarddavDialog", u"Removed from the server", None))
        self.plan_button.setText(QCoreApplication.translate("CarddavDialog", u"&Show the changes", None))
        self.publish_button.setText(QCoreApplication.translate("CarddavDialog", u"&Publish", None))
    # retranslateUi
