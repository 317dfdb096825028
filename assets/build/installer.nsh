; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; A second entry for staff: "Invest Kiosk Content Studio" starts the app with --studio, which opens
; the content studio's window instead of the kiosk (main/electron/electron-main.ts). Made beside the
; kiosk's own shortcuts (desktop and Start menu, for all users as the install is per machine) and
; removed with them on uninstall.

!macro customInstall
  CreateShortCut "$DESKTOP\${PRODUCT_NAME} Content Studio.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--studio" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME} Content Studio.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--studio" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
!macroend

!macro customUnInstall
  Delete "$DESKTOP\${PRODUCT_NAME} Content Studio.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_NAME} Content Studio.lnk"
!macroend
