# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_clear_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProcedureClearPage(object):
    def setupUi(self, ProcedureClearPage):
        if not ProcedureClearPage.objectName():
            ProcedureClearPage.setObjectName(u"ProcedureClearPage")
        ProcedureClearPage.resize(760, 140)
        self.main_layout = QVBoxLayout(ProcedureClearPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.whatsapp_form = QFormLayout()
        self.whatsapp_form.setObjectName(u"whatsapp_form")
        self.whatsapp_label = QLabel(ProcedureClearPage)
        self.whatsapp_label.setObjectName(u"whatsapp_label")

        self.whatsapp_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatsapp_label)

        self.whatsapp_combo = QComboBox(ProcedureClearPage)
        self.whatsapp_combo.setObjectName(u"whatsapp_combo")

        self.whatsapp_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatsapp_combo)


        self.main_layout.addLayout(self.whatsapp_form)

        self.contacts_box = QCheckBox(ProcedureClearPage)
        self.contacts_box.setObjectName(u"contacts_box")

        self.main_layout.addWidget(self.contacts_box)

        self.limited_box = QCheckBox(ProcedureClearPage)
        self.limited_box.setObjectName(u"limited_box")

        self.main_layout.addWidget(self.limited_box)

        self.cloud_box = QCheckBox(ProcedureClearPage)
        self.cloud_box.setObjectName(u"cloud_box")

        self.main_layout.addWidget(self.cloud_box)

#if QT_CONFIG(shortcut)
        self.whatsapp_label.setBuddy(self.whatsapp_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcedureClearPage)

        QMetaObject.connectSlotsByName(ProcedureClearPage)
    # setupUi

    def retranslateUi(self, ProcedureClearPage):
        self.whatsapp_label.setText(QCoreApplication.translate("ProcedureClearPage", u"&WhatsApp on this phone:", None))
        self.contacts_box.setText(QCoreApplication.translate("ProcedureClearPage", u"All contacts are deleted from the phone (every account, the SIM card).", None))
        self.limited_box.setText(QCoreApplication.translate("ProcedureClearPage", u"Route B: WhatsApp may read selected contacts only.", None))
        self.cloud_box.setText(QCoreApplication.translate("ProcedureClearPage", u"The cloud account the phone syncs contacts with is checked: nothing comes back.", None))
        pass
    # retranslateUi
