# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 620)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.numbers_group = QGroupBox(SettingsDialog)
        self.numbers_group.setObjectName(u"numbers_group")
        self.numbers_form = QFormLayout(self.numbers_group)
        self.numbers_form.setObjectName(u"numbers_form")
        self.region_label = QLabel(self.numbers_group)
        self.region_label.setObjectName(u"region_label")

        self.numbers_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_combo = QComboBox(self.numbers_group)
        self.region_combo.setObjectName(u"region_combo")

        self.numbers_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.region_combo)

        self.policy_label = QLabel(self.numbers_group)
        self.policy_label.setObjectName(u"policy_label")

        self.numbers_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.policy_label)

        self.policy_combo = QComboBox(self.numbers_group)
        self.policy_combo.setObjectName(u"policy_combo")

        self.numbers_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policy_combo)

        self.reconfirm_label = QLabel(self.numbers_group)
        self.reconfirm_label.setObjectName(u"reconfirm_label")

        self.numbers_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reconfirm_label)

        self.reconfirm_spin = QSpinBox(self.numbers_group)
        self.reconfirm_spin.setObjectName(u"reconfirm_spin")
        self.reconfirm_spin.setMaximum(240)

        self.numbers_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reconfirm_spin)

        self.implied_label = QLabel(self.numbers_group)
        self.implied_label.setObjectName(u"implied_label")

        self.numbers_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.implied_label)

        self.implied_spin = QSpinBox(self.numbers_group)
        self.implied_spin.setObjectName(u"implied_spin")
        self.implied_spin.setMinimum(1)
        self.implied_spin.setMaximum(365)

        self.numbers_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.implied_spin)

        self.purpose_label = QLabel(self.numbers_group)
        self.purpose_label.setObjectName(u"purpose_label")

        self.numbers_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(self.numbers_group)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.numbers_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.allow_contract_check = QCheckBox(self.numbers_group)
        self.allow_contract_check.setObjectName(u"allow_contract_check")

        self.numbers_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.allow_contract_check)

        self.allow_legitimate_interest_check = QCheckBox(self.numbers_group)
        self.allow_legitimate_interest_check.setObjectName(u"allow_legitimate_interest_check")

        self.numbers_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.allow_legitimate_interest_check)


        self.main_layout.addWidget(self.numbers_group)

        self.app_group = QGroupBox(SettingsDialog)
        self.app_group.setObjectName(u"app_group")
        self.app_form = QFormLayout(self.app_group)
        self.app_form.setObjectName(u"app_form")
        self.lock_label = QLabel(self.app_group)
        self.lock_label.setObjectName(u"lock_label")

        self.app_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lock_label)

        self.lock_spin = QSpinBox(self.app_group)
        self.lock_spin.setObjectName(u"lock_spin")
        self.lock_spin.setMaximum(480)

        self.app_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lock_spin)

        self.language_label = QLabel(self.app_group)
        self.language_label.setObjectName(u"language_label")

        self.app_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.app_group)
        self.language_combo.setObjectName(u"language_combo")

        self.app_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.main_layout.addWidget(self.app_group)

        self.company_group = QGroupBox(SettingsDialog)
        self.company_group.setObjectName(u"company_group")
        self.company_form = QFormLayout(self.company_group)
        self.company_form.setObjectName(u"company_form")
        self.company_summary_label = QLabel(self.company_group)
        self.company_summary_label.setObjectName(u"company_summary_label")
        self.company_summary_label.setText(u"")
        self.company_summary_label.setWordWrap(True)

        self.company_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.company_summary_label)

        self.company_button = QPushButton(self.company_group)
        self.company_button.setObjectName(u"company_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.company_button.sizePolicy().hasHeightForWidth())
        self.company_button.setSizePolicy(sizePolicy)

        self.company_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.company_button)

        self.alternatives_check = QCheckBox(self.company_group)
        self.alternatives_check.setObjectName(u"alternatives_check")

        self.company_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.alternatives_check)

        self.alternatives_label = QLabel(self.company_group)
        self.alternatives_label.setObjectName(u"alternatives_label")

        self.company_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alternatives_label)

        self.alternatives_edit = QLineEdit(self.company_group)
        self.alternatives_edit.setObjectName(u"alternatives_edit")

        self.company_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alternatives_edit)


        self.main_layout.addWidget(self.company_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.message_label = QLabel(SettingsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.region_label.setBuddy(self.region_combo)
        self.policy_label.setBuddy(self.policy_combo)
        self.reconfirm_label.setBuddy(self.reconfirm_spin)
        self.implied_label.setBuddy(self.implied_spin)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.lock_label.setBuddy(self.lock_spin)
        self.language_label.setBuddy(self.language_combo)
        self.alternatives_label.setBuddy(self.alternatives_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.numbers_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Numbers and consent", None))
        self.region_label.setText(QCoreApplication.translate("SettingsDialog", u"Default &region:", None))
#if QT_CONFIG(accessibility)
        self.region_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default region for numbers without country code", None))
#endif // QT_CONFIG(accessibility)
        self.policy_label.setText(QCoreApplication.translate("SettingsDialog", u"&Policy:", None))
#if QT_CONFIG(accessibility)
        self.policy_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Consent policy", None))
#endif // QT_CONFIG(accessibility)
        self.reconfirm_label.setText(QCoreApplication.translate("SettingsDialog", u"Re-&confirm consent after:", None))
#if QT_CONFIG(accessibility)
        self.reconfirm_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Re-confirm consent after months", None))
#endif // QT_CONFIG(accessibility)
        self.implied_label.setText(QCoreApplication.translate("SettingsDialog", u"&Answer period for implied consent:", None))
#if QT_CONFIG(accessibility)
        self.implied_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Answer period for implied consent in days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.implied_spin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Implied consent by conduct (the customer wrote first) stops counting when the customer has not confirmed it this many days after the notice.", None))
#endif // QT_CONFIG(tooltip)
        self.purpose_label.setText(QCoreApplication.translate("SettingsDialog", u"P&urpose of the WhatsApp phones:", None))
#if QT_CONFIG(accessibility)
        self.purpose_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purpose of the WhatsApp phones", None))
#endif // QT_CONFIG(accessibility)
        self.allow_contract_check.setText(QCoreApplication.translate("SettingsDialog", u"A contract (GDPR Art. 6(1)(b)) makes a number &eligible", None))
#if QT_CONFIG(tooltip)
        self.allow_contract_check.setToolTip(QCoreApplication.translate("SettingsDialog", u"Only the data-protection officer should switch this on. Off: only consent and employees' own business numbers count.", None))
#endif // QT_CONFIG(tooltip)
        self.allow_legitimate_interest_check.setText(QCoreApplication.translate("SettingsDialog", u"Legitimate &interest (GDPR Art. 6(1)(f)) makes a number eligible", None))
#if QT_CONFIG(tooltip)
        self.allow_legitimate_interest_check.setToolTip(QCoreApplication.translate("SettingsDialog", u"Only the data-protection officer should switch this on. Off: only consent and employees' own business numbers count.", None))
#endif // QT_CONFIG(tooltip)
        self.app_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Application", None))
        self.lock_label.setText(QCoreApplication.translate("SettingsDialog", u"&Lock when idle after:", None))
#if QT_CONFIG(accessibility)
        self.lock_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock when idle after minutes", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"Lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of the application", None))
#endif // QT_CONFIG(accessibility)
        self.company_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Your business (for the information notice and the documents)", None))
        self.company_button.setText(QCoreApplication.translate("SettingsDialog", u"Edit the &business's details\u2026", None))
        self.alternatives_check.setText(QCoreApplication.translate("SettingsDialog", u"Examined whether Threema or Signal can be used &instead of WhatsApp", None))
        self.alternatives_label.setText(QCoreApplication.translate("SettingsDialog", u"Res&ult:", None))
#if QT_CONFIG(accessibility)
        self.alternatives_edit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Result of examining Threema or Signal", None))
#endif // QT_CONFIG(accessibility)
        self.alternatives_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. why WhatsApp is still needed (for the record of processing)", None))
    # retranslateUi
