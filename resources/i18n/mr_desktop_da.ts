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
