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
        <location filename="../../ui/user_menu.py" line="174"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="138"/>
        <source>Copy the code</source>
        <translation>Kopiér koden</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="165"/>
        <source>Fetching…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="170"/>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../ui/bank_view.py" line="278"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="323"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="346"/>
        <location filename="../../ui/bank_view.py" line="579"/>
        <source>No company chosen</source>
        <translation>Intet firma valgt</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="353"/>
        <source>Bank accounts</source>
        <translation>Bankkonti</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="355"/>
        <source>The company&apos;s bank accounts with their latest balances.</source>
        <translation>Firmaets bankkonti med deres seneste saldo.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="364"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="366"/>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="367"/>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="368"/>
        <source>Last 3 months</source>
        <translation>Seneste 3 måneder</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="369"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="374"/>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="377"/>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="382"/>
        <source>&amp;From</source>
        <translation>Fr&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="384"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="389"/>
        <source>Search text, note or amount…</source>
        <translation>Søg i tekst, note eller beløb…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="390"/>
        <source>Search postings</source>
        <translation>Søg i posteringer</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="393"/>
        <source>Shows the postings whose text, extra text, note or amount contain what is typed; amounts may be typed as 1.234,56 or 1234.56.</source>
        <translation>Viser de posteringer, hvis tekst, ekstra tekst, note eller beløb indeholder det indtastede; beløb kan skrives som 1.234,56 eller 1234.56.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="401"/>
        <source>Bank postings</source>
        <translation>Bankposteringer</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="402"/>
        <source>Enter or a double-click books the posting.</source>
        <translation>Enter eller dobbeltklik bogfører posteringen.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="432"/>
        <source>Postings shown and their sum</source>
        <translation>Viste posteringer og deres sum</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="433"/>
        <location filename="../../ui/bank_view.py" line="435"/>
        <source>Book this posting</source>
        <translation>Bogfør denne postering</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="437"/>
        <location filename="../../ui/bank_view.py" line="888"/>
        <source>Fill in the registration from the chosen posting (Enter)</source>
        <translation>Udfyld posteringen ud fra den valgte bankpostering (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="443"/>
        <source>e.g. 5820</source>
        <translation>f.eks. 5820</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="445"/>
        <source>Ledger account for this bank account</source>
        <translation>Finanskonto for denne bankkonto</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="448"/>
        <source>The account in the books that this bank account is booked on; remembered for the bank account</source>
        <translation>Den konto i bogføringen, som bankkontoen bogføres på; huskes for bankkontoen</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="452"/>
        <source>&amp;Ledger account for this bank account</source>
        <translation>Finans&amp;konto for denne bankkonto</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="459"/>
        <source>Matching documents</source>
        <translation>Matchende bilag</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="591"/>
        <source>Loading bank accounts…</source>
        <translation>Henter bankkonti…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="627"/>
        <source>No bank accounts</source>
        <translation>Ingen bankkonti</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="629"/>
        <source>{company} has no bank account connected in Multi-Regnskab. When a bank is connected there, its accounts, balances and postings show here.</source>
        <translation>{company} har ingen bankkonto tilknyttet i Multi-Regnskab. Når en bank bliver tilknyttet der, vises dens konti, saldi og posteringer her.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="658"/>
        <source>Could not load the bank accounts</source>
        <translation>Bankkontiene kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="678"/>
        <source>as of {0}</source>
        <translation>pr. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="681"/>
        <source>No balance reported</source>
        <translation>Ingen saldo oplyst</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="683"/>
        <source>Balance not available</source>
        <translation>Saldo ikke tilgængelig</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="689"/>
        <source>Booked balance</source>
        <translation>Bogført saldo</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="691"/>
        <source>Available</source>
        <translation>Disponibel</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="774"/>
        <source>The period ends before it starts</source>
        <translation>Perioden slutter, før den begynder</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="775"/>
        <source>Choose a From date on or before the To date.</source>
        <translation>Vælg en fra-dato, der ligger på eller før til-datoen.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="783"/>
        <source>Loading postings…</source>
        <translation>Henter posteringer…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="799"/>
        <source>No postings in this period</source>
        <translation>Ingen posteringer i perioden</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="801"/>
        <source>Nothing was posted on this account from {0} to {1}. Choose a longer period to see more.</source>
        <translation>Der er ingen posteringer på kontoen fra {0} til {1}. Vælg en længere periode for at se flere.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="817"/>
        <source>Could not load the postings</source>
        <translation>Posteringerne kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="850"/>
        <source>1 posting, sum {0}</source>
        <translation>1 postering, sum {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="852"/>
        <source>{0} postings, sum {1}</source>
        <translation>{0} posteringer, sum {1}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="854"/>
        <source>(of {0})</source>
        <translation>(af {0})</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="885"/>
        <source>You may not book in this company</source>
        <translation>Du må ikke bogføre i dette firma</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="917"/>
        <source>Choose a posting to see the inbox documents that match it.</source>
        <translation>Vælg en postering for at se de bilag i indbakken, der matcher den.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="921"/>
        <source>Looking for matching documents…</source>
        <translation>Leder efter matchende bilag…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="930"/>
        <source>No document in the inbox has this amount within 3 days of the posting.</source>
        <translation>Intet bilag i indbakken har dette beløb inden for 3 dage fra posteringen.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="940"/>
        <source>Could not look for matching documents: {0}</source>
        <translation>Kunne ikke lede efter matchende bilag: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="989"/>
        <source>«{0}» is not an account number.</source>
        <translation>«{0}» er ikke et kontonummer.</translation>
    </message>
</context>
<context>
    <name>CompanySelector</name>
    <message>
        <location filename="../../ui/company_selector.py" line="89"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="90"/>
        <source>The company whose documents are shown</source>
        <translation>Det firma, hvis bilag vises</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="91"/>
        <source>Switch company</source>
        <translation>Skift firma</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="85"/>
        <source>Search customers…</source>
        <translation>Søg i kunder…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="87"/>
        <source>Search customers</source>
        <translation>Søg i kunder</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="88"/>
        <source>Name, number, CVR, city or e-mail; Escape clears</source>
        <translation>Navn, nummer, CVR, by eller e-mail; Escape rydder</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="89"/>
        <source>New customer…</source>
        <translation>Ny kunde…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="91"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="95"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="96"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="97"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="98"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="99"/>
        <source>CVR / VAT no.</source>
        <translation>CVR-/momsnr.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="100"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="101"/>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="107"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="114"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="115"/>
        <source>Try loading the customers again</source>
        <translation>Prøv at hente kunderne igen</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="121"/>
        <source>Customer list status</source>
        <translation>Status for kundelisten</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="212"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="213"/>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="214"/>
        <source>P-no.</source>
        <translation>P-nr.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="215"/>
        <source>SE no.</source>
        <translation>SE-nr.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="216"/>
        <source>Peppol</source>
        <translation>Peppol</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="242"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="250"/>
        <source>No company chosen</source>
        <translation>Intet firma valgt</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="250"/>
        <source>Choose a company.</source>
        <translation>Vælg et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="252"/>
        <source>Loading customers…</source>
        <translation>Henter kunder…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="255"/>
        <source>No customers yet</source>
        <translation>Ingen kunder endnu</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="256"/>
        <source>Customers you create here or in Multi-Regnskab are listed here.</source>
        <translation>Kunder, du opretter her eller i Multi-Regnskab, vises her.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="260"/>
        <source>The customers could not be loaded</source>
        <translation>Kunderne kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="277"/>
        <source>Showing {0} of {1} customers</source>
        <translation>Viser {0} af {1} kunder</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="281"/>
        <source>Customers: {0}</source>
        <translation>Kunder: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="283"/>
        <source>could not update: {0}</source>
        <translation>kunne ikke opdatere: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="333"/>
        <source>Choose a company first.</source>
        <translation>Vælg først et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="337"/>
        <source>You may only look at {0}, not add to it, so you cannot create customers.</source>
        <translation>Du har kun læseadgang til {0} og kan derfor ikke oprette kunder.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="341"/>
        <source>Create a customer in {0}</source>
        <translation>Opret en kunde i {0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/preview_details.py" line="129"/>
        <source>Document details</source>
        <translation>Bilagsoplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="135"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="138"/>
        <source>Document name</source>
        <translation>Bilagets navn</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="142"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="145"/>
        <source>Document date</source>
        <translation>Bilagets dato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="152"/>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="154"/>
        <source>Save the name and date</source>
        <translation>Gem navn og dato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="158"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="165"/>
        <location filename="../../ui/preview_details.py" line="171"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="180"/>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="181"/>
        <source>Write a comment…</source>
        <translation>Skriv en kommentar…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="183"/>
        <source>Add &amp;comment</source>
        <translation>Tilføj &amp;kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="185"/>
        <source>Add the comment</source>
        <translation>Tilføj kommentaren</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="187"/>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="189"/>
        <source>Save the file on this computer</source>
        <translation>Gem filen på denne computer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="190"/>
        <source>De&amp;lete…</source>
        <translation>S&amp;let…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="192"/>
        <source>Delete the document</source>
        <translation>Slet bilaget</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="196"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="302"/>
        <source>No comments yet.</source>
        <translation>Ingen kommentarer endnu.</translation>
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
    <name>EinvoiceView</name>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="34"/>
        <location filename="../../ui/preview_einvoice.py" line="35"/>
        <location filename="../../ui/preview_einvoice.py" line="36"/>
        <location filename="../../ui/preview_einvoice.py" line="37"/>
        <source>pcs.</source>
        <translation>stk.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="38"/>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="39"/>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="40"/>
        <source>months</source>
        <translation>mdr.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="41"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="43"/>
        <source>litres</source>
        <translation>liter</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="47"/>
        <source>sets</source>
        <translation>sæt</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="48"/>
        <source>packs</source>
        <translation>pakker</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="55"/>
        <source>P number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="56"/>
        <location filename="../../ui/preview_einvoice.py" line="57"/>
        <source>SE number</source>
        <translation>SE-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="161"/>
        <location filename="../../ui/preview_einvoice.py" line="178"/>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="177"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="177"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="191"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="195"/>
        <source>Attached documents</source>
        <translation>Vedhæftede dokumenter</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="212"/>
        <source>Contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="216"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="217"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="229"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="230"/>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="231"/>
        <source>Delivery date</source>
        <translation>Leveringsdato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="232"/>
        <source>Due date</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="233"/>
        <source>Order reference</source>
        <translation>Ordrereference</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="265"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="266"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="267"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="268"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="269"/>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="270"/>
        <location filename="../../ui/preview_einvoice.py" line="287"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="271"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="285"/>
        <source>Total excl. VAT</source>
        <translation>I alt ekskl. moms</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="286"/>
        <source>VAT basis</source>
        <translation>Momsgrundlag</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="288"/>
        <source>Total incl. VAT</source>
        <translation>I alt inkl. moms</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="313"/>
        <source>Reg. no. {branch}  Account no. {account}</source>
        <translation>Reg.nr. {branch}  Kontonr. {account}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="316"/>
        <source>Account {account}</source>
        <translation>Konto {account}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="320"/>
        <source>Payment slip (FIK) {code}</source>
        <translation>Indbetalingskort (FIK) {code}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="322"/>
        <source>Payment ID {id}</source>
        <translation>Betalings-id {id}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="324"/>
        <source>Pay by {date}</source>
        <translation>Betales senest {date}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="326"/>
        <source>Reference: {note}</source>
        <translation>Reference: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="333"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_messages.py" line="15"/>
        <source>Wrong user name or password.</source>
        <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="17"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Du er blevet logget ud. Log ind igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="21"/>
        <source>The server did not answer in time. Check your internet connection and try again.</source>
        <translation>Serveren svarede ikke i tide. Tjek din internetforbindelse, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="26"/>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation>Kunne ikke få forbindelse til serveren. Tjek din internetforbindelse og serveradressen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="31"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>For mange forsøg. Vent lidt, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="35"/>
        <source>The server has a problem right now (error {status}). Try again later.</source>
        <translation>Serveren har et problem lige nu (fejl {status}). Prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="39"/>
        <source>The server answered with something unexpected. Is the server address right?</source>
        <translation>Serveren svarede med noget uventet. Er serveradressen rigtig?</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="43"/>
        <source>You do not have permission to do this in this company.</source>
        <translation>Du har ikke tilladelse til dette i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="47"/>
        <source>It was not found on the server. It may have been deleted.</source>
        <translation>Det findes ikke på serveren. Måske er det blevet slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="51"/>
        <source>The server refused because of the current state: {message}</source>
        <translation>Serveren afviste på grund af den nuværende tilstand: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="55"/>
        <source>The file is too large for the server.</source>
        <translation>Filen er for stor til serveren.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="57"/>
        <source>The server refused the request: {message}</source>
        <translation>Serveren afviste forespørgslen: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="61"/>
        <source>The server refused the request (error {status}).</source>
        <translation>Serveren afviste forespørgslen (fejl {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="65"/>
        <source>The server address is not valid. It must start with https:// (plain http:// only for this computer).</source>
        <translation>Serveradressen er ikke gyldig. Den skal begynde med https:// (almindelig http:// kun til denne computer).</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="70"/>
        <source>Something went wrong: {error}</source>
        <translation>Noget gik galt: {error}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../ui/inbox_model.py" line="161"/>
        <source>(no name)</source>
        <translation>(uden navn)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="163"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="164"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="165"/>
        <source>Last changed</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="166"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="169"/>
        <source>The document&apos;s name</source>
        <translation>Bilagets navn</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="170"/>
        <source>The document&apos;s date</source>
        <translation>Bilagets dato</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="171"/>
        <source>When the document was last changed</source>
        <translation>Hvornår bilaget sidst blev ændret</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="172"/>
        <source>The document number in Multi-Regnskab</source>
        <translation>Bilagsnummeret i Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="258"/>
        <source>%1
Document no. %2</source>
        <translation>%1
Bilag nr. %2</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="278"/>
        <source>Click to sort; sorting loads the whole inbox first. Click a third time for the newest first.</source>
        <translation>Klik for at sortere; sortering henter først hele indbakken. Klik en tredje gang for de nyeste først.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../ui/inbox_panel.py" line="200"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="223"/>
        <source>Filter documents…</source>
        <translation>Filtrer bilag…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="225"/>
        <source>Filter documents</source>
        <translation>Filtrer bilag</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="227"/>
        <source>Shows only the documents whose name, date or number contains the text. Ctrl+F goes here, Escape clears it.</source>
        <translation>Viser kun de bilag, hvis navn, dato eller nummer indeholder teksten. Ctrl+F går hertil, Escape rydder feltet.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="231"/>
        <source>Filter by name, date or number (Ctrl+F); Escape clears the filter</source>
        <translation>Filtrer på navn, dato eller nummer (Ctrl+F); Escape rydder filteret</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="236"/>
        <source>Inbox documents</source>
        <translation>Bilag i indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="238"/>
        <source>J and K or the arrow keys move between documents; Shift or Ctrl with a click selects several.</source>
        <translation>J og K eller piletasterne flytter mellem bilag; Skift eller Ctrl med et klik vælger flere.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="307"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="309"/>
        <source>Try loading the inbox again</source>
        <translation>Prøv at hente indbakken igen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="330"/>
        <source>Inbox status</source>
        <translation>Indbakkens status</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="715"/>
        <source>No company chosen</source>
        <translation>Intet firma valgt</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="716"/>
        <source>Choose a company to see its inbox.</source>
        <translation>Vælg et firma for at se dets indbakke.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="719"/>
        <source>The inbox could not be loaded</source>
        <translation>Indbakken kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="720"/>
        <source>Check the connection and try again.</source>
        <translation>Tjek forbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="724"/>
        <source>Loading the inbox…</source>
        <translation>Henter indbakken…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="727"/>
        <source>The inbox is empty</source>
        <translation>Indbakken er tom</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="728"/>
        <source>Documents you upload appear here. Drop files on the window or choose Upload… (Ctrl+U).</source>
        <translation>Bilag, du uploader, vises her. Slip filer på vinduet, eller vælg Upload… (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="758"/>
        <source>Could not load more documents.</source>
        <translation>Kunne ikke hente flere bilag.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="762"/>
        <source>Loading all documents to sort them… (%1 so far)</source>
        <translation>Henter alle bilag for at sortere dem… (%1 indtil videre)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="765"/>
        <source>Showing %1 of %2 loaded documents</source>
        <translation>Viser %1 af %2 hentede bilag</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="768"/>
        <source>Showing %1 of %2 documents</source>
        <translation>Viser %1 af %2 bilag</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="771"/>
        <source>Documents: %1 loaded, more as you scroll</source>
        <translation>Bilag: %1 hentet, flere når du ruller</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="773"/>
        <source>Documents: %1</source>
        <translation>Bilag: %1</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>VAT code</source>
        <translation>Momskode</translation>
    </message>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="72"/>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>Sign in to Multi-Regnskab</source>
        <translation>Log ind i Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>Multi-Regnskab logo</source>
        <translation>Multi-Regnskabs logo</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Multi-Regnskab</source>
        <translation>Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88"/>
        <source>Your session has expired. Enter your password to continue where you left off.</source>
        <translation>Du er blevet logget ud. Indtast din adgangskode for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91"/>
        <source>Sign in with your Multi-Regnskab user.</source>
        <translation>Log ind med din bruger i Multi-Regnskab.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="106"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="112"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="119"/>
        <location filename="../../ui/login_dialog.py" line="121"/>
        <source>Stay signed in</source>
        <translation>Forbliv logget ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="126"/>
        <source>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</source>
        <translation>Husk dit login på denne computer (i systemets sikre nøglering), så programmet åbner uden at spørge om din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="134"/>
        <source>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</source>
        <translation>Ikke muligt: denne computer har ingen sikker nøglering til at gemme dit login i, så du bliver bedt om din adgangskode, hver gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="146"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="148"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="157"/>
        <source>Advanced</source>
        <translation>Avanceret</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="158"/>
        <location filename="../../ui/login_dialog.py" line="292"/>
        <source>Show advanced settings</source>
        <translation>Vis avancerede indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="169"/>
        <source>The address of the Multi-Regnskab API. Change it only if told to.</source>
        <translation>Adressen på Multi-Regnskabs API. Skift den kun, hvis du bliver bedt om det.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="173"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="187"/>
        <source>Sign-in error</source>
        <translation>Fejl ved login</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="194"/>
        <source>Signing in</source>
        <translation>Logger ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="199"/>
        <location filename="../../ui/login_dialog.py" line="202"/>
        <location filename="../../ui/login_dialog.py" line="303"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="204"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="204"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="258"/>
        <source>Enter your user name.</source>
        <translation>Indtast dit brugernavn.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="262"/>
        <source>Enter your password.</source>
        <translation>Indtast din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="267"/>
        <source>Enter the server address.</source>
        <translation>Indtast serveradressen.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="292"/>
        <source>Hide advanced settings</source>
        <translation>Skjul avancerede indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="303"/>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Multi-Regnskab main window</source>
        <translation>Multi-Regnskabs hovedvindue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Company toolbar</source>
        <translation>Værktøjslinje for firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Opening…</source>
        <translation>Åbner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Fetching your companies.</source>
        <translation>Henter dine firmaer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Documents</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload bilag…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Upload files to the inbox</source>
        <translation>Upload filer til indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Upload from clipboard</source>
        <translation>Upload fra ud&amp;klipsholder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload filer eller et billede fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Save the shown document on this computer</source>
        <translation>Gem det viste bilag på denne computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>&amp;Filter…</source>
        <translation>Fi&amp;ltrer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Filter the inbox</source>
        <translation>Filtrer indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>&amp;About Multi-Regnskab Desktop</source>
        <translation>&amp;Om Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Menu bar</source>
        <translation>Menulinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702"/>
        <source>Signed out: sign in again to continue.</source>
        <translation>Logget ud: log ind igen for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>Signed in again.</source>
        <translation>Logget ind igen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="743"/>
        <source>Your companies could not be fetched</source>
        <translation>Dine firmaer kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="811"/>
        <source>Upload files</source>
        <translation>Upload filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Bilag (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>Udklipsholderen indeholder ingen filer eller billeder at uploade.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <location filename="../../ui/main_window.py" line="904"/>
        <source>Choose a company first.</source>
        <translation>Vælg først et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="923"/>
        <source>About Multi-Regnskab Desktop</source>
        <translation>Om Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="931"/>
        <source>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</source>
        <translation>Læg kvitteringer og fakturaer i Multi-Regnskab: gennemse indbakken, se bilag og upload filer ved at trække dem ind i vinduet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="935"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="947"/>
        <source>The language changes the next time the program starts.</source>
        <translation>Sproget skifter, næste gang programmet starter.</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../ui/match_list.py" line="49"/>
        <source>same day</source>
        <translation>samme dag</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="52"/>
        <source>+1 day</source>
        <translation>+1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="54"/>
        <source>-1 day</source>
        <translation>-1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="56"/>
        <source>+{0} days</source>
        <translation>+{0} dage</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="57"/>
        <source>-{0} days</source>
        <translation>-{0} dage</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="102"/>
        <source>Attach</source>
        <translation>Vedhæft</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="102"/>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="106"/>
        <source>Matching documents</source>
        <translation>Matchende bilag</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="108"/>
        <source>Matching postings</source>
        <translation>Matchende posteringer</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="114"/>
        <source>Enter uses the chosen row.</source>
        <translation>Enter bruger den valgte række.</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="188"/>
        <source>Document</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="193"/>
        <source>{name}: dated {date}, total {total}; the posting is {close}</source>
        <translation>{name}: dateret {date}, i alt {total}; posteringen er {close}</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="206"/>
        <source>(money the other way)</source>
        <translation>(penge den modsatte vej)</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="306"/>
        <source>Password for the document</source>
        <translation>Adgangskode til dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="307"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="309"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="311"/>
        <source>Open the document with the password</source>
        <translation>Åbn dokumentet med adgangskoden</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="320"/>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="322"/>
        <source>Save the file on this computer</source>
        <translation>Gem filen på denne computer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="323"/>
        <source>Try &amp;again</source>
        <translation>Prøv &amp;igen</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="325"/>
        <source>Try to show the document again</source>
        <translation>Prøv at vise dokumentet igen</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="79"/>
        <source>New customer in {0}</source>
        <translation>Ny kunde i {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="93"/>
        <source>You may not add to this company, so you cannot create customers here.</source>
        <translation>Du har ikke skriveadgang til dette firma og kan derfor ikke oprette kunder her.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="109"/>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="110"/>
        <source>Given by Multi-Regnskab when left empty</source>
        <translation>Tildeles af Multi-Regnskab, hvis feltet er tomt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="111"/>
        <source>Business</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="113"/>
        <source>Business customer</source>
        <translation>Erhvervskunde</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="114"/>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="116"/>
        <source>Private customer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="121"/>
        <source>CVR or VAT number</source>
        <translation>CVR- eller momsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="122"/>
        <source>8 digits for a Danish business</source>
        <translation>8 cifre for en dansk virksomhed</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="123"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="124"/>
        <location filename="../../ui/customer_dialog.py" line="462"/>
        <source>Address line 2</source>
        <translation>Adresselinje 2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="125"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="127"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="130"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="136"/>
        <source>A two-letter country code (ISO 3166), e.g. DK, SE, DE</source>
        <translation>En landekode på to bogstaver (ISO 3166), f.eks. DK, SE, DE</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="139"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="145"/>
        <source>A three-letter currency code (ISO 4217), e.g. DKK, EUR</source>
        <translation>En valutakode på tre bogstaver (ISO 4217), f.eks. DKK, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="148"/>
        <source>Language on invoices</source>
        <translation>Sprog på fakturaer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="149"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="150"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="151"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="152"/>
        <source>Attention</source>
        <translation>Att.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="153"/>
        <source>Invoice e-mail</source>
        <translation>Faktura-e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="156"/>
        <source>Payment terms</source>
        <translation>Betalingsbetingelser</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="157"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="158"/>
        <source>Running month plus</source>
        <translation>Løbende måned plus</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="159"/>
        <source>Net cash</source>
        <translation>Netto kontant</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="160"/>
        <source>Already paid</source>
        <translation>Allerede betalt</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="161"/>
        <source>No payment terms</source>
        <translation>Ingen betalingsbetingelser</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="164"/>
        <source>Payment days</source>
        <translation>Betalingsdage</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="167"/>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="168"/>
        <source>Send e-invoices (NemHandel / Peppol)</source>
        <translation>Send e-fakturaer (NemHandel / Peppol)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="170"/>
        <source>Send e-invoices</source>
        <translation>Send e-fakturaer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="173"/>
        <source>E-invoice address type</source>
        <translation>Type af e-fakturaadresse</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="174"/>
        <source>EAN / GLN number</source>
        <translation>EAN/GLN-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="175"/>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="176"/>
        <source>P-number</source>
        <translation>P-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="177"/>
        <source>SE number</source>
        <translation>SE-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="178"/>
        <source>Peppol ID</source>
        <translation>Peppol-id</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="180"/>
        <source>E-invoice address</source>
        <translation>E-fakturaadresse</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="218"/>
        <source>Kind</source>
        <translation>Kundetype</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="219"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="220"/>
        <source>C&amp;VR / VAT no.</source>
        <translation>C&amp;VR-/momsnr.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="221"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="226"/>
        <location filename="../../ui/customer_dialog.py" line="246"/>
        <source>&amp;Postcode and city</source>
        <translation>&amp;Postnr. og by</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="229"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="230"/>
        <source>C&amp;urrency</source>
        <translation>Val&amp;uta</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="231"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="232"/>
        <source>Customer n&amp;umber</source>
        <translation>&amp;Kundenummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="233"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="234"/>
        <source>A&amp;ttention</source>
        <translation>Att&amp;ention</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="235"/>
        <source>Invoice &amp;e-mail</source>
        <translation>&amp;Faktura-e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="239"/>
        <location filename="../../ui/customer_dialog.py" line="247"/>
        <source>Pa&amp;yment terms</source>
        <translation>&amp;Betalingsbetingelser</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="243"/>
        <source>E-invoice &amp;to</source>
        <translation>E-faktura t&amp;il</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="244"/>
        <source>E-invoice a&amp;ddress</source>
        <translation>E-faktura-a&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="255"/>
        <source>Saving the customer</source>
        <translation>Gemmer kunden</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="262"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="264"/>
        <source>Save the new customer</source>
        <translation>Gem den nye kunde</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="321"/>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="322"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="323"/>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="324"/>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="325"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="326"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="327"/>
        <source>Greenland</source>
        <translation>Grønland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="328"/>
        <source>Faroe Islands</source>
        <translation>Færøerne</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="329"/>
        <source>Netherlands</source>
        <translation>Nederlandene</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="330"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="331"/>
        <source>France</source>
        <translation>Frankrig</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="332"/>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="333"/>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="449"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Ret først de felter, der er markeret med rødt.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="458"/>
        <source>The name</source>
        <translation>Navnet</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="459"/>
        <source>The customer number</source>
        <translation>Kundenummeret</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="460"/>
        <source>The CVR or VAT number</source>
        <translation>CVR- eller momsnummeret</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="461"/>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="463"/>
        <source>Address line 3</source>
        <translation>Adresselinje 3</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="464"/>
        <source>The postcode</source>
        <translation>Postnummeret</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="465"/>
        <source>The city</source>
        <translation>Byen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="466"/>
        <source>The phone number</source>
        <translation>Telefonnummeret</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="467"/>
        <source>The attention</source>
        <translation>Att.-feltet</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="468"/>
        <source>The invoice e-mail</source>
        <translation>Faktura-e-mailen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="469"/>
        <source>The e-invoice address</source>
        <translation>E-fakturaadressen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="475"/>
        <source>{0} is required.</source>
        <translation>{0} skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="476"/>
        <source>{0} can be at most {1} characters.</source>
        <translation>{0} må højst være på {1} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="477"/>
        <source>Type a three-letter currency code such as DKK or EUR.</source>
        <translation>Skriv en valutakode på tre bogstaver, f.eks. DKK eller EUR.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="478"/>
        <source>{0} is not a currency code.</source>
        <translation>{0} er ikke en valutakode.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="479"/>
        <source>Type a two-letter country code such as DK or SE.</source>
        <translation>Skriv en landekode på to bogstaver, f.eks. DK eller SE.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="480"/>
        <source>{0} is not a country code.</source>
        <translation>{0} er ikke en landekode.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="481"/>
        <source>Choose Danish or English.</source>
        <translation>Vælg dansk eller engelsk.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="482"/>
        <source>A business customer needs a CVR or VAT number.</source>
        <translation>En erhvervskunde skal have et CVR- eller momsnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="483"/>
        <source>A Danish CVR number has 8 digits.</source>
        <translation>Et dansk CVR-nummer har 8 cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="484"/>
        <source>This is not an e-mail address (name@example.dk).</source>
        <translation>Det er ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="485"/>
        <location filename="../../ui/customer_dialog.py" line="486"/>
        <source>Choose the kind of payment terms.</source>
        <translation>Vælg typen af betalingsbetingelser.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="487"/>
        <source>Payment terms need a number of days.</source>
        <translation>Betalingsbetingelserne skal have et antal dage.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="488"/>
        <source>Payment days must be between 0 and {0}.</source>
        <translation>Antallet af betalingsdage skal være mellem 0 og {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="489"/>
        <source>E-invoices need payment terms with a number of days.</source>
        <translation>E-fakturaer kræver betalingsbetingelser med et antal dage.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="490"/>
        <location filename="../../ui/customer_dialog.py" line="491"/>
        <source>Choose where e-invoices are sent.</source>
        <translation>Vælg, hvor e-fakturaerne skal sendes til.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="492"/>
        <source>Type the e-invoice address.</source>
        <translation>Skriv e-fakturaadressen.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="493"/>
        <source>An EAN / GLN number has 13 digits.</source>
        <translation>Et EAN/GLN-nummer har 13 cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="494"/>
        <source>This EAN / GLN number has a typo (its check digit is wrong).</source>
        <translation>Der er en tastefejl i EAN/GLN-nummeret (kontrolcifferet passer ikke).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="495"/>
        <source>Type the CVR number: 8 digits (DK12345678).</source>
        <translation>Skriv CVR-nummeret: 8 cifre (DK12345678).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="496"/>
        <source>A P-number has 10 digits.</source>
        <translation>Et P-nummer har 10 cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="497"/>
        <source>An SE number has 8 digits.</source>
        <translation>Et SE-nummer har 8 cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="499"/>
        <source>A Peppol ID is a 4-digit scheme, a colon and the ID (0184:12345678).</source>
        <translation>Et Peppol-id består af et skema på 4 cifre, et kolon og id’et (0184:12345678).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="526"/>
        <source>Creating the customer…</source>
        <translation>Opretter kunden…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="561"/>
        <source>Multi-Regnskab refused the customer: {0}</source>
        <translation>Multi-Regnskab afviste kunden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="563"/>
        <source>You do not have permission to create customers in {0}.</source>
        <translation>Du har ikke tilladelse til at oprette kunder i {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="568"/>
        <source>The connection broke after the customer was sent, so it may have been created. Look for it in the customer list before saving again.</source>
        <translation>Forbindelsen blev afbrudt, efter kunden var sendt, så den kan være oprettet. Se efter den i kundelisten, før du gemmer igen.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="572"/>
        <source>The customer was not created. {0}</source>
        <translation>Kunden blev ikke oprettet. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="574"/>
        <source>The customer was not created: {0}</source>
        <translation>Kunden blev ikke oprettet: {0}</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../ui/preview_page_view.py" line="398"/>
        <source>Document page</source>
        <translation>Dokumentside</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="409"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="412"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="415"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="417"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="421"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="424"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="426"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="427"/>
        <source>Fit to width</source>
        <translation>Tilpas til bredden</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="428"/>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="429"/>
        <source>Show the whole page</source>
        <translation>Vis hele siden</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="431"/>
        <source>Rotate clockwise</source>
        <translation>Drej med uret</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="741"/>
        <source>Page {page} of {count}</source>
        <translation>Side {page} af {count}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/company_selector.py" line="51"/>
        <source>You may upload documents to this company, but not see its documents.</source>
        <translation>Du må uploade bilag til dette firma, men ikke se firmaets bilag.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="55"/>
        <source>You do not have access to documents in this company.</source>
        <translation>Du har ikke adgang til bilag i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="59"/>
        <source>You only have read access to documents in this company.</source>
        <translation>Du har kun læseadgang til bilag i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="63"/>
        <source>You cannot upload documents to this company.</source>
        <translation>Du kan ikke uploade bilag til dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="67"/>
        <source>You cannot change or delete documents in this company.</source>
        <translation>Du kan ikke ændre eller slette bilag i dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="75"/>
        <source>{name} · CVR {cvr}</source>
        <translation>{name} · CVR {cvr}</translation>
    </message>
</context>
<context>
    <name>PostingsModel</name>
    <message>
        <location filename="../../ui/bank_view.py" line="169"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="170"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="171"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="172"/>
        <source>Extra text / note</source>
        <translation>Ekstra tekst/note</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="416"/>
        <source>Preview</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="453"/>
        <source>Text of the document</source>
        <translation>Dokumentets tekst</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="460"/>
        <source>Select a document to see it here.</source>
        <translation>Vælg et bilag for at se det her.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="478"/>
        <source>Document views</source>
        <translation>Visninger af bilaget</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="479"/>
        <location filename="../../ui/preview_pane.py" line="1024"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="785"/>
        <location filename="../../ui/preview_pane.py" line="905"/>
        <source>The document could not be shown</source>
        <translation>Bilaget kan ikke vises</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="843"/>
        <source>Loading the document…</source>
        <translation>Henter bilaget…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="850"/>
        <source>The password is not correct</source>
        <translation>Adgangskoden er forkert</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="851"/>
        <source>Type the password again to open the document.</source>
        <translation>Skriv adgangskoden igen for at åbne bilaget.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="855"/>
        <source>This document is protected by a password</source>
        <translation>Bilaget er beskyttet med en adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="856"/>
        <source>Type its password to open it.</source>
        <translation>Skriv adgangskoden for at åbne det.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="863"/>
        <source>The document no longer exists</source>
        <translation>Bilaget findes ikke længere</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="864"/>
        <source>It has been deleted, perhaps by someone else.</source>
        <translation>Det er blevet slettet, måske af en anden.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="867"/>
        <source>The document could not be fetched</source>
        <translation>Bilaget kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="883"/>
        <source>You can still save the file and open it in another program.</source>
        <translation>Du kan stadig gemme filen og åbne den i et andet program.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="886"/>
        <source>The file is empty</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="886"/>
        <source>There is nothing to show.</source>
        <translation>Der er intet at vise.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="887"/>
        <source>The file is damaged</source>
        <translation>Filen er beskadiget</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="888"/>
        <source>It cannot be shown because it is damaged or incomplete.</source>
        <translation>Den kan ikke vises, fordi den er beskadiget eller ufuldstændig.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="890"/>
        <source>This kind of file cannot be previewed</source>
        <translation>Denne type fil kan ikke vises</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="892"/>
        <source>The document is too large to be previewed</source>
        <translation>Bilaget er for stort til at blive vist</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="894"/>
        <source>The document took too long to show</source>
        <translation>Det tog for lang tid at vise bilaget</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="895"/>
        <source>Showing it was stopped after {seconds} s. The file may be damaged or unusually complex.</source>
        <translation>Visningen blev stoppet efter {seconds} s. Filen kan være beskadiget eller usædvanligt kompleks.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="898"/>
        <source>The preview stopped unexpectedly</source>
        <translation>Visningen stoppede uventet</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="899"/>
        <source>The part of the program that draws previews stopped while showing this document.</source>
        <translation>Den del af programmet, der tegner visninger, stoppede under visningen af dette bilag.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="902"/>
        <source>That page does not exist</source>
        <translation>Den side findes ikke</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="904"/>
        <source>Previews are not available</source>
        <translation>Visninger er ikke tilgængelige</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="913"/>
        <source>Opening the document…</source>
        <translation>Åbner bilaget…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1026"/>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1030"/>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1092"/>
        <source>The document no longer exists. It may have been deleted.</source>
        <translation>Bilaget findes ikke længere. Det er måske blevet slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1114"/>
        <source>Your comment was added.</source>
        <translation>Din kommentar er tilføjet.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1116"/>
        <source>The name and date were saved.</source>
        <translation>Navn og dato er gemt.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1136"/>
        <source>Delete document</source>
        <translation>Slet bilag</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1137"/>
        <source>Delete “{name}”?</source>
        <translation>Slet “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1139"/>
        <source>It is removed from the inbox in Multi-Regnskab. This cannot be undone.</source>
        <translation>Det fjernes fra indbakken i Multi-Regnskab. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1140"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1162"/>
        <source>The document cannot be deleted because it is attached to a registration.</source>
        <translation>Bilaget kan ikke slettes, fordi det er knyttet til en postering.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1166"/>
        <source>The document had already been deleted.</source>
        <translation>Bilaget var allerede slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1171"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” er slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1194"/>
        <source>document</source>
        <translation>bilag</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1203"/>
        <source>Save the document as</source>
        <translation>Gem bilaget som</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1230"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Filen kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1234"/>
        <source>Saved as {path}</source>
        <translation>Gemt som {path}</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/products_view.py" line="90"/>
        <source>Search products…</source>
        <translation>Søg i varer…</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="92"/>
        <source>Search products</source>
        <translation>Søg i varer</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="93"/>
        <source>Number, name, type, unit or description</source>
        <translation>Nummer, navn, varetype, enhed eller beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="97"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="98"/>
        <location filename="../../ui/products_view.py" line="113"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="99"/>
        <source>Type</source>
        <translation>Varetype</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="100"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="101"/>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="102"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="108"/>
        <location filename="../../ui/products_view.py" line="149"/>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="113"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="116"/>
        <location filename="../../ui/products_view.py" line="150"/>
        <source>Product types</source>
        <translation>Varetyper</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Singular</source>
        <translation>Ental</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Plural</source>
        <translation>Flertal</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="123"/>
        <location filename="../../ui/products_view.py" line="151"/>
        <source>Units of measure</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="125"/>
        <source>This company has no products yet.</source>
        <translation>Firmaet har endnu ingen varer.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="139"/>
        <source>This company has no product types.</source>
        <translation>Firmaet har ingen varetyper.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="148"/>
        <source>Products, product types and units of measure</source>
        <translation>Varer, varetyper og enheder</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="153"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="154"/>
        <source>Try loading the products again</source>
        <translation>Prøv at hente varerne igen</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="260"/>
        <source>Type {0}</source>
        <translation>Varetype {0}</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="305"/>
        <source>No company chosen</source>
        <translation>Intet firma valgt</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="305"/>
        <source>Choose a company.</source>
        <translation>Vælg et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="307"/>
        <source>Loading products…</source>
        <translation>Henter varer…</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="310"/>
        <source>The products could not be loaded</source>
        <translation>Varerne kunne ikke hentes</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="330"/>
        <source>Showing {0} of {1} products</source>
        <translation>Viser {0} af {1} varer</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="334"/>
        <source>Products: {0}</source>
        <translation>Varer: {0}</translation>
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
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/registration_panel.py" line="160"/>
        <source>Supplier number</source>
        <translation>Leverandørnummer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="205"/>
        <source>Sent, but no answer came: this registration may already be in Multi-Regnskab. Check there; sending it again asks you first.</source>
        <translation>Sendt, men der kom intet svar: posteringen kan allerede være i Multi-Regnskab. Tjek det der; sender du den igen, bliver du spurgt først.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="211"/>
        <source>Matching documents</source>
        <translation>Matchende bilag</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="212"/>
        <source>Inbox documents with this amount and a date close to it: click to attach</source>
        <translation>Bilag i indbakken med dette beløb og en dato tæt på: klik for at vedhæfte</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="216"/>
        <source>Matching bank postings</source>
        <translation>Matchende bankposteringer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="217"/>
        <source>Bank postings that may have paid this document: click to book it so</source>
        <translation>Bankposteringer, der kan have betalt bilaget: klik for at bogføre det sådan</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="222"/>
        <source>Create suggested registration</source>
        <translation>Opret forslag til postering</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="225"/>
        <source>Create and next</source>
        <translation>Opret og næste</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="112"/>
        <source>Total {0}</source>
        <translation>I alt {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="170"/>
        <source>Use the document&apos;s value?</source>
        <translation>Brug værdien fra bilaget?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="171"/>
        <source>You typed “{0}”. Replace it with “{1}” from the document?</source>
        <translation>Du har skrevet “{0}”. Skal det erstattes med “{1}” fra bilaget?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="179"/>
        <source>Replace</source>
        <translation>Erstat</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="183"/>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="214"/>
        <location filename="../../ui/registration_panel.py" line="229"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="266"/>
        <source>Suggested by the document: {0}</source>
        <translation>Forslag fra bilaget: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="272"/>
        <source> (Alt+{0} or a click on it in the preview takes it)</source>
        <translation> (Alt+{0} eller et klik på det i forhåndsvisningen overtager det)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="230"/>
        <source>Description</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="215"/>
        <location filename="../../ui/registration_panel.py" line="231"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="234"/>
        <source>New customer…</source>
        <translation>Ny kunde…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="235"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="236"/>
        <source>Create a customer in Multi-Regnskab</source>
        <translation>Opret en kunde i Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="242"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="216"/>
        <location filename="../../ui/registration_panel.py" line="248"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="251"/>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="409"/>
        <source>Customer {0}</source>
        <translation>Kunde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="420"/>
        <source>You may not add documents in this company, so you cannot book here.</source>
        <translation>Du må ikke tilføje bilag i dette firma, så du kan ikke bogføre her.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="476"/>
        <source>Line {0}: {1}</source>
        <translation>Linje {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="570"/>
        <source>Document {0}</source>
        <translation>Bilag {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="575"/>
        <source>At most {0} attached files</source>
        <translation>Højst {0} vedhæftede filer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="592"/>
        <source>Correct the lines marked in red first.</source>
        <translation>Ret først linjerne, der er markeret med rødt.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="597"/>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="696"/>
        <source>The draft was discarded: the registration is there.</source>
        <translation>Kladden er kasseret: posteringen er der.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="700"/>
        <source>Kept. Check in Multi-Regnskab; sending it again asks you first.</source>
        <translation>Beholdt. Tjek i Multi-Regnskab; sender du den igen, bliver du spurgt først.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="713"/>
        <source>The suggested registration was created.</source>
        <translation>Forslaget til postering er oprettet.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_matches.py" line="224"/>
        <source>Filled in from the bank posting of {0}.</source>
        <translation>Udfyldt fra bankposteringen den {0}.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <location filename="../../ui/shortcuts.py" line="49"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <source>Upload files…</source>
        <translation>Upload filer…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload filer eller et billede fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Save the document as…</source>
        <translation>Gem bilaget som…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Vis tastaturgenvejene</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Filter the inbox</source>
        <translation>Filtrer indbakken</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Next document</source>
        <translation>Næste bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Previous document</source>
        <translation>Forrige bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Select more documents</source>
        <translation>Vælg flere bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Delete the document shown (asks first)</source>
        <translation>Slet det viste bilag (spørger først)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <location filename="../../ui/shortcuts.py" line="81"/>
        <location filename="../../ui/shortcuts.py" line="84"/>
        <location filename="../../ui/shortcuts.py" line="86"/>
        <location filename="../../ui/shortcuts.py" line="88"/>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <location filename="../../ui/shortcuts.py" line="92"/>
        <source>Registration</source>
        <translation>Postering</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75"/>
        <source>Create the suggested registration</source>
        <translation>Opret forslaget til postering</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <source>Create it and go on to the next document</source>
        <translation>Opret den og gå videre til næste bilag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>Accept every suggestion</source>
        <translation>Accepter alle forslag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82"/>
        <source>Accept the suggested date (or click its box on the page)</source>
        <translation>Accepter den foreslåede dato (eller klik på dens felt på siden)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="85"/>
        <source>Accept the suggested supplier as description</source>
        <translation>Accepter den foreslåede leverandør som tekst</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87"/>
        <source>Accept the suggested total</source>
        <translation>Accepter det foreslåede beløb i alt</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="89"/>
        <source>Add a line</source>
        <translation>Tilføj en linje</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Remove the line</source>
        <translation>Fjern linjen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="93"/>
        <source>Move the line up or down</source>
        <translation>Flyt linjen op eller ned</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="125"/>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <location filename="../../ui/shortcuts.py" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <source>Work faster with the keyboard:</source>
        <translation>Arbejd hurtigere med tastaturet:</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/main.py" line="378"/>
        <source>Multi-Regnskab Desktop</source>
        <translation>Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="379"/>
        <source>Multi-Regnskab Desktop is already running for this user. Use the window that is already open.</source>
        <translation>Multi-Regnskab Desktop kører allerede for denne bruger. Brug det vindue, der allerede er åbent.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="451"/>
        <source>Starting the demo…</source>
        <translation>Starter demoen…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="453"/>
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
        <location filename="../../ui/status_bar.py" line="98"/>
        <source>Open company: {name}</source>
        <translation>Åbent firma: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="105"/>
        <source>Signed in as {name}</source>
        <translation>Logget ind som {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="120"/>
        <source>Connection to the Multi-Regnskab server: {state}</source>
        <translation>Forbindelse til Multi-Regnskabs server: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <location filename="../../ui/status_bar.py" line="141"/>
        <source>Uploading…</source>
        <translation>Uploader…</translation>
    </message>
</context>
<context>
    <name>UncertainRegistrationDialog</name>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="41"/>
        <source>Did the registration arrive?</source>
        <translation>Nåede posteringen frem?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="43"/>
        <source>The registration</source>
        <translation>Posteringen</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="46"/>
        <source>{0} was sent, but the connection broke before Multi-Regnskab answered. It may or may not have been created there.</source>
        <translation>{0} blev sendt, men forbindelsen blev afbrudt, før Multi-Regnskab svarede. Den kan være oprettet der – eller ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="59"/>
        <source>Look for it among the suggested registrations in Multi-Regnskab if you can. Sending it again creates a second one if the first did arrive.</source>
        <translation>Se efter den blandt forslagene til postering i Multi-Regnskab, hvis du kan. Sender du den igen, oprettes der en til, hvis den første nåede frem.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="67"/>
        <source>Send again</source>
        <translation>Send igen</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="68"/>
        <source>Send the registration again (it may then be there twice)</source>
        <translation>Send posteringen igen (den kan så komme til at ligge der to gange)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="71"/>
        <source>I&apos;ll check in Multi-Regnskab first</source>
        <translation>Jeg tjekker først i Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="72"/>
        <source>Keep the draft, marked as uncertain; you are asked again next time</source>
        <translation>Behold kladden, markeret som usikker; du bliver spurgt igen næste gang</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="76"/>
        <source>Discard the draft</source>
        <translation>Kassér kladden</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="77"/>
        <source>The registration is in Multi-Regnskab: throw the draft away</source>
        <translation>Posteringen er i Multi-Regnskab: smid kladden væk</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="109"/>
        <source>A file uploaded for this registration is now visible in the inbox: it most likely arrived.</source>
        <translation>En fil, der blev uploadet til posteringen, er nu synlig i indbakken: den nåede sandsynligvis frem.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="114"/>
        <source>The file uploaded for this registration is still hidden: it most likely did not arrive.</source>
        <translation>Filen, der blev uploadet til posteringen, er stadig skjult: den nåede sandsynligvis ikke frem.</translation>
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
        <location filename="../../ui/upload_model.py" line="114"/>
        <source>The file is empty</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="116"/>
        <location filename="../../ui/upload_model.py" line="133"/>
        <source>The file is too large (max. {limit})</source>
        <translation>Filen er for stor (maks. {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="120"/>
        <source>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</source>
        <translation>Ikke en PDF, et billede (JPEG, PNG, TIFF, GIF, WebP) eller en tekstfil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="124"/>
        <source>The file no longer exists</source>
        <translation>Filen findes ikke længere</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="125"/>
        <source>The file cannot be read</source>
        <translation>Filen kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="137"/>
        <source>The company does not allow you to add documents</source>
        <translation>Firmaet tillader ikke, at du tilføjer bilag</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="142"/>
        <source>The server refused the file: {message}</source>
        <translation>Serveren afviste filen: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="145"/>
        <source>The server refused the file</source>
        <translation>Serveren afviste filen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="147"/>
        <source>The server kept failing; try again later</source>
        <translation>Serveren fejlede gang på gang; prøv igen senere</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="149"/>
        <source>The copy kept for uploading is gone; add the file again</source>
        <translation>Kopien til upload er væk; tilføj filen igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="153"/>
        <source>The file could not be read</source>
        <translation>Filen kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="155"/>
        <source>It may have arrived; look in the inbox before you try again</source>
        <translation>Den kan være kommet frem; se i indbakken, før du prøver igen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="159"/>
        <source>Unexpected error (see the log)</source>
        <translation>Uventet fejl (se loggen)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="174"/>
        <source>Queued: will check whether the file arrived</source>
        <translation>I kø: kontrollerer om filen kom frem</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="177"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="179"/>
        <source>Sending… {percent}%</source>
        <translation>Sender … {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="183"/>
        <source>Checking whether the file arrived</source>
        <translation>Kontrollerer om filen kom frem</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="186"/>
        <source>Sign in again to continue</source>
        <translation>Log ind igen for at fortsætte</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="188"/>
        <source>Waiting for the server</source>
        <translation>Venter på serveren</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="189"/>
        <source>Waiting for the network</source>
        <translation>Venter på netværk</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="191"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="193"/>
        <source>Failed: {reason}</source>
        <translation>Fejlede: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="196"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="391"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="392"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="393"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="394"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="395"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="396"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="397"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="465"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="482"/>
        <source>Pasted from the clipboard</source>
        <translation>Indsat fra udklipsholderen</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="485"/>
        <source>Double-click or press F2 to change</source>
        <translation>Dobbeltklik eller tryk F2 for at ændre</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="510"/>
        <source>The name must not be empty.</source>
        <translation>Navnet må ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="518"/>
        <source>That is not a date.</source>
        <translation>Det er ikke en dato.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="528"/>
        <source>{name} is already on its way; its name and date can no longer change.</source>
        <translation>{name} er allerede på vej; navn og dato kan ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="534"/>
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
        <location filename="../../ui/upload_panel.py" line="813"/>
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
        <location filename="../../ui/upload_panel.py" line="562"/>
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
        <location filename="../../ui/upload_panel.py" line="494"/>
        <source>Choose a company first.</source>
        <translation>Vælg først et firma.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="497"/>
        <source>You cannot upload documents to this company.</source>
        <translation>Du kan ikke uploade bilag til dette firma.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="540"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>Udklipsholderen indeholder ingen filer eller billeder at uploade.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="569"/>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Bilag og billeder (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="572"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="573"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="574"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="575"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="635"/>
        <source>{name} could not be added to the uploads.</source>
        <translation>{name} kunne ikke føjes til listen over uploads.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="649"/>
        <source>Some files could not be checked: {error}</source>
        <translation>Nogle filer kunne ikke kontrolleres: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="759"/>
        <source>Already sent, so it cannot be cancelled: {names}</source>
        <translation>Allerede sendt og kan derfor ikke annulleres: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="866"/>
        <source>{done} of {total} sent</source>
        <translation>{done} af {total} sendt</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="869"/>
        <source>{count} failed</source>
        <translation>{count} fejlede</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="872"/>
        <source>checking {count} files…</source>
        <translation>kontrollerer {count} filer …</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="874"/>
        <source>checking files…</source>
        <translation>kontrollerer filer …</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="877"/>
        <source>sign in again to continue</source>
        <translation>log ind igen for at fortsætte</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="879"/>
        <source>waiting for the network</source>
        <translation>venter på netværk</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="881"/>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="885"/>
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
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="212"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="217"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="219"/>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
</context>
<context>
    <name>_NoAccessPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Your access request code</source>
        <translation>Din kode til adgangsanmodning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Copy your access request code</source>
        <translation>Kopiér din kode til adgangsanmodning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Check again for companies</source>
        <translation>Tjek igen, om du har fået adgang til et firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>You do not have access to any company yet</source>
        <translation>Du har endnu ikke adgang til noget firma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</source>
        <translation>Du er logget ind, men intet firma har endnu givet dig adgang til sine bilag. Giv koden herunder til firmaets administrator i Multi-Regnskab; når du har fået adgang, så vælg “Tjek igen”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Fetching your code…</source>
        <translation>Henter din kode…</translation>
    </message>
</context>
<context>
    <name>_PermissionBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Permissions in this company</source>
        <translation>Rettigheder i dette firma</translation>
    </message>
</context>
</TS>
