<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessCodeDialog</name>
    <message>
        <location filename="../../ui/user_menu.py" line="116"/>
        <location filename="../../ui/user_menu.py" line="117"/>
        <location filename="../../ui/user_menu.py" line="129"/>
        <source>Access request code</source>
        <translation>Kode til adgangsanmodning</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="120"/>
        <source>Give this code to the administrator of the company you want access to. They enter it in Multi-Regnskab to grant you access.</source>
        <translation>Giv denne kode til administratoren af det firma, du vil have adgang til. Administratoren indtaster den i Multi-Regnskab for at give dig adgang.</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="136"/>
        <location filename="../../ui/user_menu.py" line="170"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="138"/>
        <source>Copy the code</source>
        <translation>Kopiér koden</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="161"/>
        <source>Fetching…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="166"/>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>CompanySelector</name>
    <message>
        <location filename="../../ui/company_selector.py" line="91"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="92"/>
        <source>The company whose documents are shown</source>
        <translation>Det firma, hvis bilag vises</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="93"/>
        <source>Switch company</source>
        <translation>Skift firma</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="61"/>
        <source>Upload again?</source>
        <translation>Upload igen?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="66"/>
        <source>This file has been uploaded before</source>
        <translation>Filen er uploadet før</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="73"/>
        <location filename="../../ui/upload_dialogs.py" line="75"/>
        <source>Do the same for the other duplicates</source>
        <translation>Gør det samme for de andre dubletter</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="79"/>
        <location filename="../../ui/upload_dialogs.py" line="81"/>
        <source>Upload anyway</source>
        <translation>Upload alligevel</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="82"/>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="84"/>
        <source>Skip this file</source>
        <translation>Spring filen over</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="110"/>
        <source>{name} has been uploaded before. Upload it again?</source>
        <translation>{name} er uploadet før. Vil du uploade den igen?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="117"/>
        <source>{name} was uploaded on {date} as “{friendly}”. Upload it again?</source>
        <translation>{name} blev uploadet den {date} som “{friendly}”. Vil du uploade den igen?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="122"/>
        <source>{name} is already in the upload list as “{friendly}”. Upload it again?</source>
        <translation>{name} er allerede på listen over uploads som “{friendly}”. Vil du uploade den igen?</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="129"/>
        <source>Do the same for the other duplicate</source>
        <translation>Gør det samme for den anden dublet</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="132"/>
        <source>Do the same for the {count} other duplicates</source>
        <translation>Gør det samme for de {count} andre dubletter</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="47"/>
        <source>Wrong user name or password.</source>
        <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="49"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Du er blevet logget ud. Log ind igen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="53"/>
        <source>The server did not answer in time. Check your internet connection and try again.</source>
        <translation>Serveren svarede ikke i tide. Tjek din internetforbindelse, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="58"/>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation>Kunne ikke få forbindelse til serveren. Tjek din internetforbindelse og serveradressen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>For mange forsøg. Vent lidt, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="67"/>
        <source>The server has a problem right now (error {status}). Try again later.</source>
        <translation>Serveren har et problem lige nu (fejl {status}). Prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>The server answered with something unexpected. Is the server address right?</source>
        <translation>Serveren svarede med noget uventet. Er serveradressen rigtig?</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="75"/>
        <source>You do not have permission to do this in this company.</source>
        <translation>Du har ikke tilladelse til dette i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79"/>
        <source>It was not found on the server. It may have been deleted.</source>
        <translation>Det findes ikke på serveren. Måske er det blevet slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="83"/>
        <source>The server refused because of the current state: {message}</source>
        <translation>Serveren afviste på grund af den nuværende tilstand: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87"/>
        <source>The file is too large for the server.</source>
        <translation>Filen er for stor til serveren.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="89"/>
        <source>The server refused the request: {message}</source>
        <translation>Serveren afviste forespørgslen: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93"/>
        <source>The server refused the request (error {status}).</source>
        <translation>Serveren afviste forespørgslen (fejl {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="97"/>
        <source>The server address is not valid. It must start with https:// (plain http:// only for this computer).</source>
        <translation>Serveradressen er ikke gyldig. Den skal begynde med https:// (almindelig http:// kun til denne computer).</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="102"/>
        <source>Something went wrong: {error}</source>
        <translation>Noget gik galt: {error}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="134"/>
        <location filename="../../ui/login_dialog.py" line="135"/>
        <source>Sign in to Multi-Regnskab</source>
        <translation>Log ind i Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="142"/>
        <source>Multi-Regnskab logo</source>
        <translation>Multi-Regnskabs logo</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="143"/>
        <source>Multi-Regnskab</source>
        <translation>Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="150"/>
        <source>Your session has expired. Enter your password to continue where you left off.</source>
        <translation>Du er blevet logget ud. Indtast din adgangskode for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="153"/>
        <source>Sign in with your Multi-Regnskab user.</source>
        <translation>Log ind med din bruger i Multi-Regnskab.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="168"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="174"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="181"/>
        <location filename="../../ui/login_dialog.py" line="183"/>
        <source>Stay signed in</source>
        <translation>Forbliv logget ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="188"/>
        <source>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</source>
        <translation>Husk dit login på denne computer (i systemets sikre nøglering), så programmet åbner uden at spørge om din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="196"/>
        <source>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</source>
        <translation>Ikke muligt: denne computer har ingen sikker nøglering til at gemme dit login i, så du bliver bedt om din adgangskode, hver gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="208"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="210"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="219"/>
        <source>Advanced</source>
        <translation>Avanceret</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="220"/>
        <location filename="../../ui/login_dialog.py" line="354"/>
        <source>Show advanced settings</source>
        <translation>Vis avancerede indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="229"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="231"/>
        <source>The address of the Multi-Regnskab API. Change it only if told to.</source>
        <translation>Adressen på Multi-Regnskabs API. Skift den kun, hvis du bliver bedt om det.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="235"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="249"/>
        <source>Sign-in error</source>
        <translation>Fejl ved login</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="256"/>
        <source>Signing in</source>
        <translation>Logger ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="261"/>
        <location filename="../../ui/login_dialog.py" line="264"/>
        <location filename="../../ui/login_dialog.py" line="365"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="266"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="320"/>
        <source>Enter your user name.</source>
        <translation>Indtast dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="324"/>
        <source>Enter your password.</source>
        <translation>Indtast din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="329"/>
        <source>Enter the server address.</source>
        <translation>Indtast serveradressen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="354"/>
        <source>Hide advanced settings</source>
        <translation>Skjul avancerede indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="365"/>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Multi-Regnskab main window</source>
        <translation>Multi-Regnskabs hovedvindue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Company toolbar</source>
        <translation>Værktøjslinje for firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Opening…</source>
        <translation>Åbner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Fetching your companies.</source>
        <translation>Henter dine firmaer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload bilag…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Upload files to the inbox</source>
        <translation>Upload filer til indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Upload from clipboard</source>
        <translation>Upload fra ud&amp;klipsholder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload filer eller et billede fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Save the shown document on this computer</source>
        <translation>Gem det viste bilag på denne computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;Filter…</source>
        <translation>Fi&amp;ltrer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Filter the inbox</source>
        <translation>Filtrer indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;About Multi-Regnskab Desktop</source>
        <translation>&amp;Om Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Menu bar</source>
        <translation>Menulinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>Signed out: sign in again to continue.</source>
        <translation>Logget ud: log ind igen for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Signed in again.</source>
        <translation>Logget ind igen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Your companies could not be fetched</source>
        <translation>Dine firmaer kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673"/>
        <source>Upload files</source>
        <translation>Upload filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Bilag (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>Udklipsholderen indeholder ingen filer eller billeder at uploade.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Choose a company first.</source>
        <translation>Vælg først et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="778"/>
        <source>About Multi-Regnskab Desktop</source>
        <translation>Om Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</source>
        <translation>Læg kvitteringer og fakturaer i Multi-Regnskab: gennemse indbakken, se bilag og upload filer ved at trække dem ind i vinduet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="790"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802"/>
        <source>The language changes the next time the program starts.</source>
        <translation>Sproget skifter, næste gang programmet starter.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/company_selector.py" line="53"/>
        <source>You may upload documents to this company, but not see its documents.</source>
        <translation>Du må uploade bilag til dette firma, men ikke se firmaets bilag.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="57"/>
        <source>You do not have access to documents in this company.</source>
        <translation>Du har ikke adgang til bilag i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="61"/>
        <source>You only have read access to documents in this company.</source>
        <translation>Du har kun læseadgang til bilag i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="65"/>
        <source>You cannot upload documents to this company.</source>
        <translation>Du kan ikke uploade bilag til dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="69"/>
        <source>You cannot change or delete documents in this company.</source>
        <translation>Du kan ikke ændre eller slette bilag i dette firma.</translation>
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
        <translation>Filer der ikke blev uploadet</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="160"/>
        <source>You can upload PDF files, images (JPEG, PNG, TIFF, GIF, WebP) and plain text files of up to {limit}.</source>
        <translation>Du kan uploade PDF-filer, billeder (JPEG, PNG, TIFF, GIF, WebP) og tekstfiler på op til {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="169"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="169"/>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="172"/>
        <source>Files that cannot be uploaded</source>
        <translation>Filer der ikke kan uploades</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="188"/>
        <source>Close the list of files not uploaded</source>
        <translation>Luk listen over filer der ikke blev uploadet</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="197"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="218"/>
        <source>1 file cannot be uploaded</source>
        <translation>1 fil kan ikke uploades</translation>
    </message>
    <message>
        <location filename="../../ui/upload_dialogs.py" line="220"/>
        <source>{count} files cannot be uploaded</source>
        <translation>{count} filer kan ikke uploades</translation>
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
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Upload files…</source>
        <translation>Upload filer…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload filer eller et billede fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Save the document as…</source>
        <translation>Gem bilaget som…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Vis tastaturgenvejene</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Filter the inbox</source>
        <translation>Filtrer indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Next document</source>
        <translation>Næste bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Previous document</source>
        <translation>Forrige bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Select more documents</source>
        <translation>Vælg flere bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <source>Delete the selected documents</source>
        <translation>Slet de valgte bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <location filename="../../ui/shortcuts.py" line="73"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="106"/>
        <location filename="../../ui/shortcuts.py" line="107"/>
        <location filename="../../ui/shortcuts.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="108"/>
        <source>Work faster with the keyboard:</source>
        <translation>Arbejd hurtigere med tastaturet:</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="338"/>
        <source>Starting the demo…</source>
        <translation>Starter demoen…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="340"/>
        <source>Opening Multi-Regnskab…</source>
        <translation>Åbner Multi-Regnskab…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="28"/>
        <source>Online</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>Reconnecting…</source>
        <translation>Genopretter forbindelsen…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="30"/>
        <source>Offline</source>
        <translation>Ingen forbindelse</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="31"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>Status bar</source>
        <translation>Statuslinje</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="46"/>
        <source>Upload progress</source>
        <translation>Fremskridt for upload</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="52"/>
        <source>Open company</source>
        <translation>Åbent firma</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="55"/>
        <source>Signed in as</source>
        <translation>Logget ind som</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="58"/>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="90"/>
        <source>Open company: {name}</source>
        <translation>Åbent firma: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="95"/>
        <source>Signed in as {name}</source>
        <translation>Logget ind som {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="110"/>
        <source>Connection to the Multi-Regnskab server: {state}</source>
        <translation>Forbindelse til Multi-Regnskabs server: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="130"/>
        <location filename="../../ui/status_bar.py" line="131"/>
        <source>Uploading…</source>
        <translation>Uploader…</translation>
    </message>
</context>
<context>
    <name>UploadDelegate</name>
    <message>
        <location filename="../../ui/upload_panel.py" line="182"/>
        <source>Date of the document</source>
        <translation>Bilagets dato</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="188"/>
        <source>Name of the document</source>
        <translation>Bilagets navn</translation>
    </message>
</context>
<context>
    <name>UploadModel</name>
    <message>
        <location filename="../../ui/upload_model.py" line="112"/>
        <source>The file is empty</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="114"/>
        <location filename="../../ui/upload_model.py" line="131"/>
        <source>The file is too large (max. {limit})</source>
        <translation>Filen er for stor (maks. {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="118"/>
        <source>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</source>
        <translation>Ikke en PDF, et billede (JPEG, PNG, TIFF, GIF, WebP) eller en tekstfil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="122"/>
        <source>The file no longer exists</source>
        <translation>Filen findes ikke længere</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="123"/>
        <source>The file cannot be read</source>
        <translation>Filen kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="135"/>
        <source>The company does not allow you to add documents</source>
        <translation>Firmaet tillader ikke, at du tilføjer bilag</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="140"/>
        <source>The server refused the file: {message}</source>
        <translation>Serveren afviste filen: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="143"/>
        <source>The server refused the file</source>
        <translation>Serveren afviste filen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="145"/>
        <source>The server kept failing; try again later</source>
        <translation>Serveren fejlede gang på gang; prøv igen senere</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="147"/>
        <source>The copy kept for uploading is gone; add the file again</source>
        <translation>Kopien til upload er væk; tilføj filen igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="151"/>
        <source>The file could not be read</source>
        <translation>Filen kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="153"/>
        <source>It may have arrived; look in the inbox before you try again</source>
        <translation>Den kan være kommet frem; se i indbakken, før du prøver igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="157"/>
        <source>Unexpected error (see the log)</source>
        <translation>Uventet fejl (se loggen)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="172"/>
        <source>Queued: will check whether the file arrived</source>
        <translation>I kø: kontrollerer om filen kom frem</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="175"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="177"/>
        <source>Sending… {percent}%</source>
        <translation>Sender … {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="181"/>
        <source>Checking whether the file arrived</source>
        <translation>Kontrollerer om filen kom frem</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="184"/>
        <source>Sign in again to continue</source>
        <translation>Log ind igen for at fortsætte</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="186"/>
        <source>Waiting for the server</source>
        <translation>Venter på serveren</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="187"/>
        <source>Waiting for the network</source>
        <translation>Venter på netværk</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="189"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="191"/>
        <source>Failed: {reason}</source>
        <translation>Fejlede: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="194"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="374"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="375"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="376"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="377"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="378"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="379"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="447"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="462"/>
        <source>Pasted from the clipboard</source>
        <translation>Indsat fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="465"/>
        <source>Double-click or press F2 to change</source>
        <translation>Dobbeltklik eller tryk F2 for at ændre</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="490"/>
        <source>The name must not be empty.</source>
        <translation>Navnet må ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="498"/>
        <source>That is not a date.</source>
        <translation>Det er ikke en dato.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="508"/>
        <source>{name} is already on its way; its name and date can no longer change.</source>
        <translation>{name} er allerede på vej; navn og dato kan ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="514"/>
        <source>The name is too long.</source>
        <translation>Navnet er for langt.</translation>
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
        <translation>Oversigt over uploads</translation>
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
        <translation>Vælg filer, der skal uploades til indbakken (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="324"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="325"/>
        <source>Try the selected uploads again now</source>
        <translation>Prøv de valgte uploads igen nu</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="328"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="329"/>
        <location filename="../../ui/upload_panel.py" line="347"/>
        <source>Cancel the selected uploads</source>
        <translation>Annullér de valgte uploads</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="332"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="333"/>
        <source>Remove the selected finished uploads from the list (Delete)</source>
        <translation>Fjern de valgte færdige uploads fra listen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="336"/>
        <source>Clear finished</source>
        <translation>Ryd færdige</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="337"/>
        <source>Remove every sent or cancelled upload from the list</source>
        <translation>Fjern alle sendte og annullerede uploads fra listen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="340"/>
        <source>Change name or date</source>
        <translation>Ret navn eller dato</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="341"/>
        <source>Change the name or date of the selected upload (F2)</source>
        <translation>Ret navn eller dato for det valgte upload (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="344"/>
        <location filename="../../ui/upload_panel.py" line="560"/>
        <source>Upload files</source>
        <translation>Upload filer</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="345"/>
        <source>Retry the selected uploads</source>
        <translation>Prøv de valgte uploads igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="350"/>
        <source>Remove the selected uploads from the list</source>
        <translation>Fjern de valgte uploads fra listen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="353"/>
        <source>Clear finished uploads from the list</source>
        <translation>Ryd færdige uploads fra listen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="374"/>
        <source>Upload notice</source>
        <translation>Besked om upload</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="383"/>
        <source>Upload list</source>
        <translation>Liste over uploads</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="386"/>
        <source>Files being uploaded to the inbox. F2 changes the name or date of a file that has not been sent; Delete removes finished rows.</source>
        <translation>Filer, der uploades til indbakken. F2 ændrer navn eller dato for en fil, der ikke er sendt endnu; Delete fjerner færdige rækker.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="492"/>
        <source>Choose a company first.</source>
        <translation>Vælg først et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="495"/>
        <source>You cannot upload documents to this company.</source>
        <translation>Du kan ikke uploade bilag til dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="538"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>Udklipsholderen indeholder ingen filer eller billeder at uploade.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="567"/>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Bilag og billeder (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="570"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="571"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="572"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="573"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="633"/>
        <source>{name} could not be added to the uploads.</source>
        <translation>{name} kunne ikke føjes til listen over uploads.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="647"/>
        <source>Some files could not be checked: {error}</source>
        <translation>Nogle filer kunne ikke kontrolleres: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="757"/>
        <source>Already sent, so it cannot be cancelled: {names}</source>
        <translation>Allerede sendt og kan derfor ikke annulleres: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="859"/>
        <source>{done} of {total} sent</source>
        <translation>{done} af {total} sendt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="862"/>
        <source>{count} failed</source>
        <translation>{count} fejlede</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="865"/>
        <source>checking {count} files…</source>
        <translation>kontrollerer {count} filer …</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="867"/>
        <source>checking files…</source>
        <translation>kontrollerer filer …</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="870"/>
        <source>sign in again to continue</source>
        <translation>log ind igen for at fortsætte</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="872"/>
        <source>waiting for the network</source>
        <translation>venter på netværk</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="874"/>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="878"/>
        <source>Drop files on the window, paste them or choose Upload…</source>
        <translation>Træk filer ind i vinduet, indsæt dem, eller vælg Upload…</translation>
    </message>
</context>
<context>
    <name>UserButton</name>
    <message>
        <location filename="../../ui/user_menu.py" line="52"/>
        <location filename="../../ui/user_menu.py" line="57"/>
        <source>User menu</source>
        <translation>Brugermenu</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="53"/>
        <source>Who is signed in, access request code, sign out</source>
        <translation>Hvem der er logget ind, kode til adgangsanmodning, log ud</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="64"/>
        <source>Sign in again…</source>
        <translation>Log ind igen…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="67"/>
        <source>Access request code…</source>
        <translation>Kode til adgangsanmodning…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="70"/>
        <source>The code an administrator needs to give you access to a company</source>
        <translation>Den kode, en administrator skal bruge for at give dig adgang til et firma</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="73"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="90"/>
        <location filename="../../ui/user_menu.py" line="92"/>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="92"/>
        <source>Signed in as {name}</source>
        <translation>Logget ind som {name}</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="94"/>
        <source>User name: {user}</source>
        <translation>Brugernavn: {user}</translation>
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
        <translation>Din kode til adgangsanmodning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Copy your access request code</source>
        <translation>Kopiér din kode til adgangsanmodning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Check again for companies</source>
        <translation>Tjek igen, om du har fået adgang til et firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>You do not have access to any company yet</source>
        <translation>Du har endnu ikke adgang til noget firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</source>
        <translation>Du er logget ind, men intet firma har endnu givet dig adgang til sine bilag. Giv koden herunder til firmaets administrator i Multi-Regnskab; når du har fået adgang, så vælg “Tjek igen”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Fetching your code…</source>
        <translation>Henter din kode…</translation>
    </message>
</context>
<context>
    <name>_PermissionBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Permissions in this company</source>
        <translation>Rettigheder i dette firma</translation>
    </message>
</context>
</TS>
