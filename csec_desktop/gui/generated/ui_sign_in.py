# Generated from ui/sign_in.ui by `python -m csec_desktop.gui.compile_ui` — do not edit.
# Change the .ui file in Qt Designer and compile again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SignInPage(object):
    def setupUi(self, SignInPage):
        if not SignInPage.objectName():
            SignInPage.setObjectName(u"SignInPage")
        self.outerLayout = QGridLayout(SignInPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(SignInPage)
        self.card.setObjectName(u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.headingLabel = QLabel(self.card)
        self.headingLabel.setObjectName(u"headingLabel")

        self.cardLayout.addWidget(self.headingLabel)

        self.demoBanner = QLabel(self.card)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setWordWrap(True)
        self.demoBanner.setTextFormat(Qt.PlainText)
        self.demoBanner.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.cardLayout.addWidget(self.demoBanner)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.usernameLabel = QLabel(self.card)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.card)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.cardLayout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.cardLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.cardLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonsLayout.addWidget(self.signInButton)


        self.cardLayout.addLayout(self.buttonsLayout)

        self.hintLabel = QLabel(self.card)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.hintLabel)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.signInButton)

        self.retranslateUi(SignInPage)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInPage)
    # setupUi

    def retranslateUi(self, SignInPage):
#if QT_CONFIG(accessibility)
        SignInPage.setAccessibleName(QCoreApplication.translate("SignInPage", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SignInPage", u"Sign in", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("SignInPage", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.demoBanner.setAccessibleName(QCoreApplication.translate("SignInPage", u"Demo vault notice", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("SignInPage", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("SignInPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("SignInPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("SignInPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SignInPage", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SignInPage", u"Signing in", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignInPage", u"Sign in", None))
#if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(QCoreApplication.translate("SignInPage", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("SignInPage", u"Forgot your passphrase? A supervisor on this laptop can set a new one for you.", None))
    # retranslateUi

