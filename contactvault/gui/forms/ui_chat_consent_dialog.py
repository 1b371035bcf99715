# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chat_consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ChatConsentDialog(object):
    def setupUi(self, ChatConsentDialog):
        if not ChatConsentDialog.objectName():
            ChatConsentDialog.setObjectName(u"ChatConsentDialog")
        ChatConsentDialog.resize(900, 620)
        self.main_layout = QVBoxLayout(ChatConsentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChatConsentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.file_label = QLabel(ChatConsentDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setText(u"")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.file_label)

        self.chat_form = QFormLayout()
        self.chat_form.setObjectName(u"chat_form")
        self.order_label = QLabel(ChatConsentDialog)
        self.order_label.setObjectName(u"order_label")

        self.chat_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.order_label)

        self.order_combo = QComboBox(ChatConsentDialog)
        self.order_combo.setObjectName(u"order_combo")

        self.chat_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.order_combo)

        self.business_label = QLabel(ChatConsentDialog)
        self.business_label.setObjectName(u"business_label")

        self.chat_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.business_label)

        self.business_combo = QComboBox(ChatConsentDialog)
        self.business_combo.setObjectName(u"business_combo")

        self.chat_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.business_combo)


        self.main_layout.addLayout(self.chat_form)

        self.partner_box = QGroupBox(ChatConsentDialog)
        self.partner_box.setObjectName(u"partner_box")
        self.partner_layout = QVBoxLayout(self.partner_box)
        self.partner_layout.setObjectName(u"partner_layout")
        self.partner_label = QLabel(self.partner_box)
        self.partner_label.setObjectName(u"partner_label")
        self.partner_label.setText(u"")
        self.partner_label.setWordWrap(True)

        self.partner_layout.addWidget(self.partner_label)

        self.partner_form = QFormLayout()
        self.partner_form.setObjectName(u"partner_form")
        self.contact_label = QLabel(self.partner_box)
        self.contact_label.setObjectName(u"contact_label")

        self.partner_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_combo = QComboBox(self.partner_box)
        self.contact_combo.setObjectName(u"contact_combo")

        self.partner_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_combo)

        self.number_label = QLabel(self.partner_box)
        self.number_label.setObjectName(u"number_label")

        self.partner_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.partner_box)
        self.number_edit.setObjectName(u"number_edit")

        self.partner_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_edit)


        self.partner_layout.addLayout(self.partner_form)

        self.add_contact_check = QCheckBox(self.partner_box)
        self.add_contact_check.setObjectName(u"add_contact_check")

        self.partner_layout.addWidget(self.add_contact_check)


        self.main_layout.addWidget(self.partner_box)

        self.flags_label = QLabel(ChatConsentDialog)
        self.flags_label.setObjectName(u"flags_label")
        self.flags_label.setText(u"")
        self.flags_label.setWordWrap(True)

        self.main_layout.addWidget(self.flags_label)

        self.proposals_tree = QTreeWidget(ChatConsentDialog)
        self.proposals_tree.setObjectName(u"proposals_tree")
        self.proposals_tree.setRootIsDecorated(False)
        self.proposals_tree.setUniformRowHeights(False)
        self.proposals_tree.setWordWrap(True)

        self.main_layout.addWidget(self.proposals_tree)

        self.detail_view = QPlainTextEdit(ChatConsentDialog)
        self.detail_view.setObjectName(u"detail_view")
        self.detail_view.setReadOnly(True)
        self.detail_view.setMaximumSize(QSize(16777215, 150))

        self.main_layout.addWidget(self.detail_view)

        self.message_label = QLabel(ChatConsentDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ChatConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.order_label.setBuddy(self.order_combo)
        self.business_label.setBuddy(self.business_combo)
        self.contact_label.setBuddy(self.contact_combo)
        self.number_label.setBuddy(self.number_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChatConsentDialog)

        QMetaObject.connectSlotsByName(ChatConsentDialog)
    # setupUi

    def retranslateUi(self, ChatConsentDialog):
        ChatConsentDialog.setWindowTitle(QCoreApplication.translate("ChatConsentDialog", u"Consent from a WhatsApp chat", None))
        self.intro_label.setText(QCoreApplication.translate("ChatConsentDialog", u"Tick the events to record. Each is kept with its line from the chat, its time and the file's SHA-256 as evidence; nothing else of the chat is kept.", None))
        self.order_label.setText(QCoreApplication.translate("ChatConsentDialog", u"Date &order:", None))
#if QT_CONFIG(accessibility)
        self.order_combo.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"How the phone writes dates", None))
#endif // QT_CONFIG(accessibility)
        self.business_label.setText(QCoreApplication.translate("ChatConsentDialog", u"&Business in the chat:", None))
#if QT_CONFIG(accessibility)
        self.business_combo.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"The business's sender name in the chat", None))
#endif // QT_CONFIG(accessibility)
        self.partner_box.setTitle(QCoreApplication.translate("ChatConsentDialog", u"Chat partner", None))
        self.contact_label.setText(QCoreApplication.translate("ChatConsentDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.contact_combo.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"The contact the chat is with", None))
#endif // QT_CONFIG(accessibility)
        self.number_label.setText(QCoreApplication.translate("ChatConsentDialog", u"&Number:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("ChatConsentDialog", u"e.g. 0171 1000001", None))
#if QT_CONFIG(accessibility)
        self.number_edit.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"The chat partner's number", None))
#endif // QT_CONFIG(accessibility)
        self.add_contact_check.setText(QCoreApplication.translate("ChatConsentDialog", u"&Add as a new contact (category customer)", None))
        ___qtreewidgetitem = self.proposals_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ChatConsentDialog", u"Why", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ChatConsentDialog", u"Line in the chat", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChatConsentDialog", u"Time", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChatConsentDialog", u"Event", None))
#if QT_CONFIG(accessibility)
        self.proposals_tree.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"Proposed consent events", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_view.setAccessibleName(QCoreApplication.translate("ChatConsentDialog", u"The chosen event's lines from the chat and why it is proposed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
