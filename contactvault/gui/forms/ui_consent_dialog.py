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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(560, 460)
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

        self.date_label = QLabel(ConsentDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(ConsentDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.evidence_label = QLabel(ConsentDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence_edit = QPlainTextEdit(ConsentDialog)
        self.evidence_edit.setObjectName(u"evidence_edit")
        self.evidence_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.evidence_edit)

        self.with_notice_check = QCheckBox(ConsentDialog)
        self.with_notice_check.setObjectName(u"with_notice_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.with_notice_check)


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
        self.date_label.setBuddy(self.date_edit)
        self.evidence_label.setBuddy(self.evidence_edit)
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
        self.date_label.setText(QCoreApplication.translate("ConsentDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_label.setText(QCoreApplication.translate("ConsentDialog", u"&Evidence:", None))
#if QT_CONFIG(accessibility)
        self.evidence_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"For example: replied \"Yes\" on WhatsApp; signed form in the customer file", None))
        self.with_notice_check.setText(QCoreApplication.translate("ConsentDialog", u"The information &notice was handed over with the request (e.g. on the signed form)", None))
#if QT_CONFIG(tooltip)
        self.with_notice_check.setToolTip(QCoreApplication.translate("ConsentDialog", u"Consent counts only if the customer had the information notice: sent before, or handed over with the request.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
