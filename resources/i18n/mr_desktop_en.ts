<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessCodeDialog</name>
    <message>
        <location filename="../../ui/user_menu.py" line="116"/>
        <location filename="../../ui/user_menu.py" line="117"/>
        <location filename="../../ui/user_menu.py" line="129"/>
        <source>Access request code</source>
        <translation>Access request code</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="120"/>
        <source>Give this code to the administrator of the company you want access to. They enter it in Multi-Regnskab to grant you access.</source>
        <translation>Give this code to the administrator of the company you want access to. They enter it in Multi-Regnskab to grant you access.</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="136"/>
        <location filename="../../ui/user_menu.py" line="170"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="138"/>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="161"/>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="166"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>CompanySelector</name>
    <message>
        <location filename="../../ui/company_selector.py" line="91"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="92"/>
        <source>The company whose documents are shown</source>
        <translation>The company whose documents are shown</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="93"/>
        <source>Switch company</source>
        <translation>Switch company</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="61"/>
        <source>Upload again?</source>
        <translation>Upload again?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="66"/>
        <source>This file has been uploaded before</source>
        <translation>This file has been uploaded before</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="73"/>
        <location filename="../../ui/upload_dialogs.py" line="75"/>
        <source>Do the same for the other duplicates</source>
        <translation>Do the same for the other duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="79"/>
        <location filename="../../ui/upload_dialogs.py" line="81"/>
        <source>Upload anyway</source>
        <translation>Upload anyway</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="82"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="84"/>
        <source>Skip this file</source>
        <translation>Skip this file</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="110"/>
        <source>{name} has been uploaded before. Upload it again?</source>
        <translation>{name} has been uploaded before. Upload it again?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="117"/>
        <source>{name} was uploaded on {date} as “{friendly}”. Upload it again?</source>
        <translation>{name} was uploaded on {date} as “{friendly}”. Upload it again?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="122"/>
        <source>{name} is already in the upload list as “{friendly}”. Upload it again?</source>
        <translation>{name} is already in the upload list as “{friendly}”. Upload it again?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="129"/>
        <source>Do the same for the other duplicate</source>
        <translation>Do the same for the other duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="132"/>
        <source>Do the same for the {count} other duplicates</source>
        <translation>Do the same for the {count} other duplicates</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="47"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="49"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="53"/>
        <source>The server did not answer in time. Check your internet connection and try again.</source>
        <translation>The server did not answer in time. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="58"/>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation>Could not reach the server. Check your internet connection and the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="67"/>
        <source>The server has a problem right now (error {status}). Try again later.</source>
        <translation>The server has a problem right now (error {status}). Try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>The server answered with something unexpected. Is the server address right?</source>
        <translation>The server answered with something unexpected. Is the server address right?</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="75"/>
        <source>You do not have permission to do this in this company.</source>
        <translation>You do not have permission to do this in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>It was not found on the server. It may have been deleted.</source>
        <translation>It was not found on the server. It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="83"/>
        <source>The server refused because of the current state: {message}</source>
        <translation>The server refused because of the current state: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87"/>
        <source>The file is too large for the server.</source>
        <translation>The file is too large for the server.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="89"/>
        <source>The server refused the request: {message}</source>
        <translation>The server refused the request: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93"/>
        <source>The server refused the request (error {status}).</source>
        <translation>The server refused the request (error {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="97"/>
        <source>The server address is not valid. It must start with https:// (plain http:// only for this computer).</source>
        <translation>The server address is not valid. It must start with https:// (plain http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="102"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="134"/>
        <location filename="../../ui/login_dialog.py" line="135"/>
        <source>Sign in to Multi-Regnskab</source>
        <translation>Sign in to Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="142"/>
        <source>Multi-Regnskab logo</source>
        <translation>Multi-Regnskab logo</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="143"/>
        <source>Multi-Regnskab</source>
        <translation>Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="150"/>
        <source>Your session has expired. Enter your password to continue where you left off.</source>
        <translation>Your session has expired. Enter your password to continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="153"/>
        <source>Sign in with your Multi-Regnskab user.</source>
        <translation>Sign in with your Multi-Regnskab user.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="168"/>
        <source>name@example.dk</source>
        <translation>name@example.dk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="174"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="181"/>
        <location filename="../../ui/login_dialog.py" line="183"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="188"/>
        <source>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</source>
        <translation>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="196"/>
        <source>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</source>
        <translation>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="208"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="210"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="219"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="220"/>
        <location filename="../../ui/login_dialog.py" line="354"/>
        <source>Show advanced settings</source>
        <translation>Show advanced settings</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="229"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="231"/>
        <source>The address of the Multi-Regnskab API. Change it only if told to.</source>
        <translation>The address of the Multi-Regnskab API. Change it only if told to.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="235"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="249"/>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="256"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="261"/>
        <location filename="../../ui/login_dialog.py" line="264"/>
        <location filename="../../ui/login_dialog.py" line="365"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="266"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="320"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="324"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="329"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="354"/>
        <source>Hide advanced settings</source>
        <translation>Hide advanced settings</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="365"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Multi-Regnskab main window</source>
        <translation>Multi-Regnskab main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Company toolbar</source>
        <translation>Company toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Fetching your companies.</source>
        <translation>Fetching your companies.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Upload files to the inbox</source>
        <translation>Upload files to the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Upload from clipboard</source>
        <translation>Upload from clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload files or an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Save the shown document on this computer</source>
        <translation>Save the shown document on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Filter the inbox</source>
        <translation>Filter the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;About Multi-Regnskab Desktop</source>
        <translation>&amp;About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>Signed out: sign in again to continue.</source>
        <translation>Signed out: sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Signed in again.</source>
        <translation>Signed in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Your companies could not be fetched</source>
        <translation>Your companies could not be fetched</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673"/>
        <source>Upload files</source>
        <translation>Upload files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>The clipboard holds no files or image to upload.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>About Multi-Regnskab Desktop</source>
        <translation>About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</source>
        <translation>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="790"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/company_selector.py" line="53"/>
        <source>You may upload documents to this company, but not see its documents.</source>
        <translation>You may upload documents to this company, but not see its documents.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="57"/>
        <source>You do not have access to documents in this company.</source>
        <translation>You do not have access to documents in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="61"/>
        <source>You only have read access to documents in this company.</source>
        <translation>You only have read access to documents in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="65"/>
        <source>You cannot upload documents to this company.</source>
        <translation>You cannot upload documents to this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="69"/>
        <source>You cannot change or delete documents in this company.</source>
        <translation>You cannot change or delete documents in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="77"/>
        <source>{name} · CVR {cvr}</source>
        <translation>{name} · CVR {cvr}</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="152"/>
        <source>Files not uploaded</source>
        <translation>Files not uploaded</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="160"/>
        <source>You can upload PDF files, images (JPEG, PNG, TIFF, GIF, WebP) and plain text files of up to {limit}.</source>
        <translation>You can upload PDF files, images (JPEG, PNG, TIFF, GIF, WebP) and plain text files of up to {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="169"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="169"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="172"/>
        <source>Files that cannot be uploaded</source>
        <translation>Files that cannot be uploaded</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="188"/>
        <source>Close the list of files not uploaded</source>
        <translation>Close the list of files not uploaded</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="197"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="218"/>
        <source>1 file cannot be uploaded</source>
        <translation>1 file cannot be uploaded</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="220"/>
        <source>{count} files cannot be uploaded</source>
        <translation>{count} files cannot be uploaded</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <location filename="../../ui/shortcuts.py" line="49"/>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Upload files…</source>
        <translation>Upload files…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload files or an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Save the document as…</source>
        <translation>Save the document as…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Show the keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Filter the inbox</source>
        <translation>Filter the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Select more documents</source>
        <translation>Select more documents</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <source>Delete the selected documents</source>
        <translation>Delete the selected documents</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <location filename="../../ui/shortcuts.py" line="73"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <location filename="../../ui/shortcuts.py" line="107"/>
        <location filename="../../ui/shortcuts.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="108"/>
        <source>Work faster with the keyboard:</source>
        <translation>Work faster with the keyboard:</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="338"/>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="340"/>
        <source>Opening Multi-Regnskab…</source>
        <translation>Opening Multi-Regnskab…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="28"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="30"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="31"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="46"/>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="52"/>
        <source>Open company</source>
        <translation>Open company</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="55"/>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="58"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="90"/>
        <source>Open company: {name}</source>
        <translation>Open company: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="95"/>
        <source>Signed in as {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>Connection to the Multi-Regnskab server: {state}</source>
        <translation>Connection to the Multi-Regnskab server: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="130"/>
        <location filename="../../ui/status_bar.py" line="131"/>
        <source>Uploading…</source>
        <translation>Uploading…</translation>
    </message>
</context>
<context>
    <name>UploadDelegate</name>
    <message>
        <location filename="../../ui/upload_panel.py" line="182"/>
        <source>Date of the document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="188"/>
        <source>Name of the document</source>
        <translation>Name of the document</translation>
    </message>
</context>
<context>
    <name>UploadModel</name>
    <message>
        <location filename="../../ui/upload_model.py" line="112"/>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="114"/>
        <location filename="../../ui/upload_model.py" line="131"/>
        <source>The file is too large (max. {limit})</source>
        <translation>The file is too large (max. {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="118"/>
        <source>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</source>
        <translation>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="122"/>
        <source>The file no longer exists</source>
        <translation>The file no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="123"/>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="135"/>
        <source>The company does not allow you to add documents</source>
        <translation>The company does not allow you to add documents</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="140"/>
        <source>The server refused the file: {message}</source>
        <translation>The server refused the file: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="143"/>
        <source>The server refused the file</source>
        <translation>The server refused the file</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="145"/>
        <source>The server kept failing; try again later</source>
        <translation>The server kept failing; try again later</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="147"/>
        <source>The copy kept for uploading is gone; add the file again</source>
        <translation>The copy kept for uploading is gone; add the file again</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="151"/>
        <source>The file could not be read</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="153"/>
        <source>It may have arrived; look in the inbox before you try again</source>
        <translation>It may have arrived; look in the inbox before you try again</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="157"/>
        <source>Unexpected error (see the log)</source>
        <translation>Unexpected error (see the log)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="172"/>
        <source>Queued: will check whether the file arrived</source>
        <translation>Queued: will check whether the file arrived</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="175"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="177"/>
        <source>Sending… {percent}%</source>
        <translation>Sending… {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="181"/>
        <source>Checking whether the file arrived</source>
        <translation>Checking whether the file arrived</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="184"/>
        <source>Sign in again to continue</source>
        <translation>Sign in again to continue</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="186"/>
        <source>Waiting for the server</source>
        <translation>Waiting for the server</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="187"/>
        <source>Waiting for the network</source>
        <translation>Waiting for the network</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="189"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="191"/>
        <source>Failed: {reason}</source>
        <translation>Failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="194"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="374"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="375"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="376"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="377"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="378"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="379"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="447"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="462"/>
        <source>Pasted from the clipboard</source>
        <translation>Pasted from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="465"/>
        <source>Double-click or press F2 to change</source>
        <translation>Double-click or press F2 to change</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="490"/>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="498"/>
        <source>That is not a date.</source>
        <translation>That is not a date.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="508"/>
        <source>{name} is already on its way; its name and date can no longer change.</source>
        <translation>{name} is already on its way; its name and date can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="514"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../ui/upload_panel.py" line="283"/>
        <location filename="../../ui/upload_panel.py" line="309"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="316"/>
        <source>Upload summary</source>
        <translation>Upload summary</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="320"/>
        <source>Upload…</source>
        <translation>Upload…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="321"/>
        <location filename="../../ui/upload_panel.py" line="811"/>
        <source>Choose files to upload to the inbox (Ctrl+U)</source>
        <translation>Choose files to upload to the inbox (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="324"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="325"/>
        <source>Try the selected uploads again now</source>
        <translation>Try the selected uploads again now</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="328"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="329"/>
        <location filename="../../ui/upload_panel.py" line="347"/>
        <source>Cancel the selected uploads</source>
        <translation>Cancel the selected uploads</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="332"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="333"/>
        <source>Remove the selected finished uploads from the list (Delete)</source>
        <translation>Remove the selected finished uploads from the list (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="336"/>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="337"/>
        <source>Remove every sent or cancelled upload from the list</source>
        <translation>Remove every sent or cancelled upload from the list</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="340"/>
        <source>Change name or date</source>
        <translation>Change name or date</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="341"/>
        <source>Change the name or date of the selected upload (F2)</source>
        <translation>Change the name or date of the selected upload (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="344"/>
        <location filename="../../ui/upload_panel.py" line="560"/>
        <source>Upload files</source>
        <translation>Upload files</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="345"/>
        <source>Retry the selected uploads</source>
        <translation>Retry the selected uploads</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="350"/>
        <source>Remove the selected uploads from the list</source>
        <translation>Remove the selected uploads from the list</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="353"/>
        <source>Clear finished uploads from the list</source>
        <translation>Clear finished uploads from the list</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="374"/>
        <source>Upload notice</source>
        <translation>Upload notice</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="383"/>
        <source>Upload list</source>
        <translation>Upload list</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="386"/>
        <source>Files being uploaded to the inbox. F2 changes the name or date of a file that has not been sent; Delete removes finished rows.</source>
        <translation>Files being uploaded to the inbox. F2 changes the name or date of a file that has not been sent; Delete removes finished rows.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="492"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="495"/>
        <source>You cannot upload documents to this company.</source>
        <translation>You cannot upload documents to this company.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="538"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>The clipboard holds no files or image to upload.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="567"/>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="570"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="571"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="572"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="573"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="633"/>
        <source>{name} could not be added to the uploads.</source>
        <translation>{name} could not be added to the uploads.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="647"/>
        <source>Some files could not be checked: {error}</source>
        <translation>Some files could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="757"/>
        <source>Already sent, so it cannot be cancelled: {names}</source>
        <translation>Already sent, so it cannot be cancelled: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="859"/>
        <source>{done} of {total} sent</source>
        <translation>{done} of {total} sent</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="862"/>
        <source>{count} failed</source>
        <translation>{count} failed</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="865"/>
        <source>checking {count} files…</source>
        <translation>checking {count} files…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="867"/>
        <source>checking files…</source>
        <translation>checking files…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="870"/>
        <source>sign in again to continue</source>
        <translation>sign in again to continue</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="872"/>
        <source>waiting for the network</source>
        <translation>waiting for the network</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="874"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="878"/>
        <source>Drop files on the window, paste them or choose Upload…</source>
        <translation>Drop files on the window, paste them or choose Upload…</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <location filename="../../ui/user_menu.py" line="52"/>
        <location filename="../../ui/user_menu.py" line="57"/>
        <source>User menu</source>
        <translation>User menu</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="53"/>
        <source>Who is signed in, access request code, sign out</source>
        <translation>Who is signed in, access request code, sign out</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="64"/>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="67"/>
        <source>Access request code…</source>
        <translation>Access request code…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="70"/>
        <source>The code an administrator needs to give you access to a company</source>
        <translation>The code an administrator needs to give you access to a company</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="73"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="90"/>
        <location filename="../../ui/user_menu.py" line="92"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="92"/>
        <source>Signed in as {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="94"/>
        <source>User name: {user}</source>
        <translation>User name: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="99"/>
        <source>Administrator: {admin}</source>
        <translation>Administrator: {admin}</translation>
    </message>
</context>
<context>
    <name>_NoAccessPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Your access request code</source>
        <translation>Your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Copy your access request code</source>
        <translation>Copy your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Check again for companies</source>
        <translation>Check again for companies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>You do not have access to any company yet</source>
        <translation>You do not have access to any company yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</source>
        <translation>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Fetching your code…</source>
        <translation>Fetching your code…</translation>
    </message>
</context>
<context>
    <name>_PermissionBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Permissions in this company</source>
        <translation>Permissions in this company</translation>
    </message>
</context>
</TS>
