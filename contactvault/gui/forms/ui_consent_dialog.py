# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(580, 560)
        self.main_layout = QVBoxLayout(ConsentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.number_label = QLabel(ConsentDialog)
        self.number_label.setObjectName(u"number_label")
        self.number_label.setText(u"number")
        self.number_label.setWordWrap(True)

        self.main_layout.addWidget(self.number_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(ConsentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ConsentDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.basis_label = QLabel(ConsentDialog)
        self.basis_label.setObjectName(u"basis_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis_combo = QComboBox(ConsentDialog)
        self.basis_combo.setObjectName(u"basis_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basis_combo)

        self.purpose_label = QLabel(ConsentDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(ConsentDialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.channel_label = QLabel(ConsentDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(ConsentDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.occurred_label = QLabel(ConsentDialog)
        self.occurred_label.setObjectName(u"occurred_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.occurred_label)

        self.occurred_edit = QDateTimeEdit(ConsentDialog)
        self.occurred_edit.setObjectName(u"occurred_edit")
        self.occurred_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.occurred_edit)

        self.evidence_label = QLabel(ConsentDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence_edit = QPlainTextEdit(ConsentDialog)
        self.evidence_edit.setObjectName(u"evidence_edit")
        self.evidence_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.evidence_edit)

        self.files_label = QLabel(ConsentDialog)
        self.files_label.setObjectName(u"files_label")
        self.files_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.files_label)

        self.files_row = QHBoxLayout()
        self.files_row.setObjectName(u"files_row")
        self.files_list = QListWidget(ConsentDialog)
        self.files_list.setObjectName(u"files_list")
        self.files_list.setMaximumSize(QSize(16777215, 90))

        self.files_row.addWidget(self.files_list)

        self.files_buttons = QVBoxLayout()
        self.files_buttons.setObjectName(u"files_buttons")
        self.attach_button = QPushButton(ConsentDialog)
        self.attach_button.setObjectName(u"attach_button")
        self.attach_button.setAutoDefault(False)

        self.files_buttons.addWidget(self.attach_button)

        self.remove_file_button = QPushButton(ConsentDialog)
        self.remove_file_button.setObjectName(u"remove_file_button")
        self.remove_file_button.setAutoDefault(False)

        self.files_buttons.addWidget(self.remove_file_button)

        self.files_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.files_buttons.addItem(self.files_spacer)


        self.files_row.addLayout(self.files_buttons)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.files_row)

        self.with_notice_check = QCheckBox(ConsentDialog)
        self.with_notice_check.setObjectName(u"with_notice_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.with_notice_check)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(ConsentDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.basis_label.setBuddy(self.basis_combo)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.occurred_label.setBuddy(self.occurred_edit)
        self.evidence_label.setBuddy(self.evidence_edit)
        self.files_label.setBuddy(self.files_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Record consent", None))
        self.kind_label.setText(QCoreApplication.translate("ConsentDialog", u"&What happened:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.basis_label.setText(QCoreApplication.translate("ConsentDialog", u"&Legal basis:", None))
#if QT_CONFIG(accessibility)
        self.basis_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Legal basis", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("ConsentDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.purpose_combo.setToolTip(QCoreApplication.translate("ConsentDialog", u"What the customer agreed to: service messages, or also advertising (advertising needs its own explicit consent).", None))
#endif // QT_CONFIG(tooltip)
        self.channel_label.setText(QCoreApplication.translate("ConsentDialog", u"&Channel:", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_label.setText(QCoreApplication.translate("ConsentDialog", u"W&hen:", None))
#if QT_CONFIG(accessibility)
        self.occurred_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date and time it happened", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_label.setText(QCoreApplication.translate("ConsentDialog", u"&Evidence:", None))
#if QT_CONFIG(accessibility)
        self.evidence_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"For example: replied \"Yes\" on WhatsApp; signed form in the customer file", None))
        self.files_label.setText(QCoreApplication.translate("ConsentDialog", u"Attached &files:", None))
#if QT_CONFIG(accessibility)
        self.files_list.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Files kept as evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.files_list.setToolTip(QCoreApplication.translate("ConsentDialog", u"Kept encrypted inside the vault, with name, size and SHA-256", None))
#endif // QT_CONFIG(tooltip)
        self.attach_button.setText(QCoreApplication.translate("ConsentDialog", u"&Attach file\u2026", None))
        self.remove_file_button.setText(QCoreApplication.translate("ConsentDialog", u"Re&move", None))
        self.with_notice_check.setText(QCoreApplication.translate("ConsentDialog", u"The information &notice was handed over with the request (e.g. on the signed form)", None))
#if QT_CONFIG(tooltip)
        self.with_notice_check.setToolTip(QCoreApplication.translate("ConsentDialog", u"Consent counts only if the customer had the information notice: sent before, or handed over with the request.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
