# Generated from ui/main_window.ui by `python -m csec_desktop.gui.compile_ui` — do not edit.
# Change the .ui file in Qt Designer and compile again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.actionSync = QAction(MainWindow)
        self.actionSync.setObjectName(u"actionSync")
        self.actionLockNow = QAction(MainWindow)
        self.actionLockNow.setObjectName(u"actionLockNow")
#if QT_CONFIG(shortcut)
        self.actionLockNow.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionPrivacyScreen = QAction(MainWindow)
        self.actionPrivacyScreen.setObjectName(u"actionPrivacyScreen")
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionManageAccounts = QAction(MainWindow)
        self.actionManageAccounts.setObjectName(u"actionManageAccounts")
        self.actionChangePassphrase = QAction(MainWindow)
        self.actionChangePassphrase.setObjectName(u"actionChangePassphrase")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")
        self.workspacePage = QWidget()
        self.workspacePage.setObjectName(u"workspacePage")
        self.workspaceLayout = QVBoxLayout(self.workspacePage)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.emptyCaseload = QWidget(self.workspacePage)
        self.emptyCaseload.setObjectName(u"emptyCaseload")
        self.emptyCaseloadLayout = QVBoxLayout(self.emptyCaseload)
        self.emptyCaseloadLayout.setObjectName(u"emptyCaseloadLayout")
        self.emptyCaseloadLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyCaseloadLayout.addItem(self.emptyTopSpacer)

        self.emptyHeading = QLabel(self.emptyCaseload)
        self.emptyHeading.setObjectName(u"emptyHeading")
        self.emptyHeading.setAlignment(Qt.AlignCenter)

        self.emptyCaseloadLayout.addWidget(self.emptyHeading)

        self.emptyText = QLabel(self.emptyCaseload)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignCenter)
        self.emptyText.setWordWrap(True)

        self.emptyCaseloadLayout.addWidget(self.emptyText)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyCaseloadLayout.addItem(self.emptyBottomSpacer)


        self.workspaceLayout.addWidget(self.emptyCaseload)

        self.pages.addWidget(self.workspacePage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuAccounts = QMenu(self.menuBar)
        self.menuAccounts.setObjectName(u"menuAccounts")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuAccounts.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSync)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionLockNow)
        self.menuFile.addAction(self.actionPrivacyScreen)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSignOut)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuAccounts.addAction(self.actionManageAccounts)
        self.menuAccounts.addAction(self.actionChangePassphrase)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CSEC Screening", None))
        self.actionSync.setText(QCoreApplication.translate("MainWindow", u"S&ync with the county\u2026", None))
        self.actionLockNow.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
        self.actionPrivacyScreen.setText(QCoreApplication.translate("MainWindow", u"&Privacy screen	F12", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionManageAccounts.setText(QCoreApplication.translate("MainWindow", u"&Manage accounts\u2026", None))
        self.actionChangePassphrase.setText(QCoreApplication.translate("MainWindow", u"&Change my passphrase\u2026", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CSEC Screening", None))
#if QT_CONFIG(accessibility)
        self.workspacePage.setAccessibleName(QCoreApplication.translate("MainWindow", u"Caseload", None))
#endif // QT_CONFIG(accessibility)
        self.emptyHeading.setText(QCoreApplication.translate("MainWindow", u"No youth on this laptop yet.", None))
        self.emptyText.setText(QCoreApplication.translate("MainWindow", u"Youth you add or receive from the county will be listed here, with what is due for each.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuAccounts.setTitle(QCoreApplication.translate("MainWindow", u"&Accounts", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

