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
        <location filename="../../ui/user_menu.py" line="174"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="138"/>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="165"/>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location filename="../../ui/user_menu.py" line="170"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../ui/bank_view.py" line="278"/>
        <source>Try again</source>
        <translation>Try again</translation>
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
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="353"/>
        <source>Bank accounts</source>
        <translation>Bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="355"/>
        <source>The company&apos;s bank accounts with their latest balances.</source>
        <translation>The company&apos;s bank accounts with their latest balances.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="364"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="366"/>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="367"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="368"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="369"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="374"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="377"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="382"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="384"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="389"/>
        <source>Search text, note or amount…</source>
        <translation>Search text, note or amount…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="390"/>
        <source>Search postings</source>
        <translation>Search postings</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="393"/>
        <source>Shows the postings whose text, extra text, note or amount contain what is typed; amounts may be typed as 1.234,56 or 1234.56.</source>
        <translation>Shows the postings whose text, extra text, note or amount contain what is typed; amounts may be typed as 1.234,56 or 1234.56.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="401"/>
        <source>Bank postings</source>
        <translation>Bank postings</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="402"/>
        <source>Enter or a double-click books the posting.</source>
        <translation>Enter or a double-click books the posting.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="432"/>
        <source>Postings shown and their sum</source>
        <translation>Postings shown and their sum</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="433"/>
        <location filename="../../ui/bank_view.py" line="435"/>
        <source>Book this posting</source>
        <translation>Book this posting</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="437"/>
        <location filename="../../ui/bank_view.py" line="888"/>
        <source>Fill in the registration from the chosen posting (Enter)</source>
        <translation>Fill in the registration from the chosen posting (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="443"/>
        <source>e.g. 5820</source>
        <translation>e.g. 5820</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="445"/>
        <source>Ledger account for this bank account</source>
        <translation>Ledger account for this bank account</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="448"/>
        <source>The account in the books that this bank account is booked on; remembered for the bank account</source>
        <translation>The account in the books that this bank account is booked on; remembered for the bank account</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="452"/>
        <source>&amp;Ledger account for this bank account</source>
        <translation>&amp;Ledger account for this bank account</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="459"/>
        <source>Matching documents</source>
        <translation>Matching documents</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="591"/>
        <source>Loading bank accounts…</source>
        <translation>Loading bank accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="627"/>
        <source>No bank accounts</source>
        <translation>No bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="629"/>
        <source>{company} has no bank account connected in Multi-Regnskab. When a bank is connected there, its accounts, balances and postings show here.</source>
        <translation>{company} has no bank account connected in Multi-Regnskab. When a bank is connected there, its accounts, balances and postings show here.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="658"/>
        <source>Could not load the bank accounts</source>
        <translation>Could not load the bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="678"/>
        <source>as of {0}</source>
        <translation>as of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="681"/>
        <source>No balance reported</source>
        <translation>No balance reported</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="683"/>
        <source>Balance not available</source>
        <translation>Balance not available</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="689"/>
        <source>Booked balance</source>
        <translation>Booked balance</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="691"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="774"/>
        <source>The period ends before it starts</source>
        <translation>The period ends before it starts</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="775"/>
        <source>Choose a From date on or before the To date.</source>
        <translation>Choose a From date on or before the To date.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="783"/>
        <source>Loading postings…</source>
        <translation>Loading postings…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="799"/>
        <source>No postings in this period</source>
        <translation>No postings in this period</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="801"/>
        <source>Nothing was posted on this account from {0} to {1}. Choose a longer period to see more.</source>
        <translation>Nothing was posted on this account from {0} to {1}. Choose a longer period to see more.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="817"/>
        <source>Could not load the postings</source>
        <translation>Could not load the postings</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="850"/>
        <source>1 posting, sum {0}</source>
        <translation>1 posting, sum {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="852"/>
        <source>{0} postings, sum {1}</source>
        <translation>{0} postings, sum {1}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="854"/>
        <source>(of {0})</source>
        <translation>(of {0})</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="885"/>
        <source>You may not book in this company</source>
        <translation>You may not book in this company</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="917"/>
        <source>Choose a posting to see the inbox documents that match it.</source>
        <translation>Choose a posting to see the inbox documents that match it.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="921"/>
        <source>Looking for matching documents…</source>
        <translation>Looking for matching documents…</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="930"/>
        <source>No document in the inbox has this amount within 3 days of the posting.</source>
        <translation>No document in the inbox has this amount within 3 days of the posting.</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="940"/>
        <source>Could not look for matching documents: {0}</source>
        <translation>Could not look for matching documents: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="989"/>
        <source>«{0}» is not an account number.</source>
        <translation>«{0}» is not an account number.</translation>
    </message>
</context>
<context>
    <name>CompanySelector</name>
    <message>
        <location filename="../../ui/company_selector.py" line="89"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="90"/>
        <source>The company whose documents are shown</source>
        <translation>The company whose documents are shown</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="91"/>
        <source>Switch company</source>
        <translation>Switch company</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="85"/>
        <source>Search customers…</source>
        <translation>Search customers…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="87"/>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="88"/>
        <source>Name, number, CVR, city or e-mail; Escape clears</source>
        <translation>Name, number, CVR, city or e-mail; Escape clears</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="89"/>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="91"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="95"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="97"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="98"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="99"/>
        <source>CVR / VAT no.</source>
        <translation>CVR / VAT no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="100"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="101"/>
        <source>E-invoice</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="107"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="114"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="115"/>
        <source>Try loading the customers again</source>
        <translation>Try loading the customers again</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="121"/>
        <source>Customer list status</source>
        <translation>Customer list status</translation>
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
        <translation>P-no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="215"/>
        <source>SE no.</source>
        <translation>SE no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="216"/>
        <source>Peppol</source>
        <translation>Peppol</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="242"/>
        <source>Private person</source>
        <translation>Private person</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="250"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="250"/>
        <source>Choose a company.</source>
        <translation>Choose a company.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="252"/>
        <source>Loading customers…</source>
        <translation>Loading customers…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="255"/>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="256"/>
        <source>Customers you create here or in Multi-Regnskab are listed here.</source>
        <translation>Customers you create here or in Multi-Regnskab are listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="260"/>
        <source>The customers could not be loaded</source>
        <translation>The customers could not be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="277"/>
        <source>Showing {0} of {1} customers</source>
        <translation>Showing {0} of {1} customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="281"/>
        <source>Customers: {0}</source>
        <translation>Customers: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="283"/>
        <source>could not update: {0}</source>
        <translation>could not update: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="333"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="337"/>
        <source>You may only look at {0}, not add to it, so you cannot create customers.</source>
        <translation>You may only look at {0}, not add to it, so you cannot create customers.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="341"/>
        <source>Create a customer in {0}</source>
        <translation>Create a customer in {0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/preview_details.py" line="129"/>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="135"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="138"/>
        <source>Document name</source>
        <translation>Document name</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="142"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="145"/>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="152"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="154"/>
        <source>Save the name and date</source>
        <translation>Save the name and date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="158"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="165"/>
        <location filename="../../ui/preview_details.py" line="171"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="180"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="181"/>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="183"/>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="185"/>
        <source>Add the comment</source>
        <translation>Add the comment</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="187"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="189"/>
        <source>Save the file on this computer</source>
        <translation>Save the file on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="190"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="192"/>
        <source>Delete the document</source>
        <translation>Delete the document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="196"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/preview_details.py" line="302"/>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
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
    <name>EinvoiceView</name>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="34"/>
        <location filename="../../ui/preview_einvoice.py" line="35"/>
        <location filename="../../ui/preview_einvoice.py" line="36"/>
        <location filename="../../ui/preview_einvoice.py" line="37"/>
        <source>pcs.</source>
        <translation>pcs.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="38"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="39"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="40"/>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="41"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="43"/>
        <source>litres</source>
        <translation>litres</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="47"/>
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="48"/>
        <source>packs</source>
        <translation>packs</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="55"/>
        <source>P number</source>
        <translation>P number</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="56"/>
        <location filename="../../ui/preview_einvoice.py" line="57"/>
        <source>SE number</source>
        <translation>SE number</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="161"/>
        <location filename="../../ui/preview_einvoice.py" line="178"/>
        <source>E-invoice</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="177"/>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="177"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="191"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="195"/>
        <source>Attached documents</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="212"/>
        <source>Contact: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="216"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="217"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="229"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="230"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="231"/>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="232"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="233"/>
        <source>Order reference</source>
        <translation>Order reference</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="265"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="266"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="267"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="268"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="269"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="270"/>
        <location filename="../../ui/preview_einvoice.py" line="287"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="271"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="285"/>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="286"/>
        <source>VAT basis</source>
        <translation>VAT basis</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="288"/>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="313"/>
        <source>Reg. no. {branch}  Account no. {account}</source>
        <translation>Reg. no. {branch}  Account no. {account}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="316"/>
        <source>Account {account}</source>
        <translation>Account {account}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="320"/>
        <source>Payment slip (FIK) {code}</source>
        <translation>Payment slip (FIK) {code}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="322"/>
        <source>Payment ID {id}</source>
        <translation>Payment ID {id}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="324"/>
        <source>Pay by {date}</source>
        <translation>Pay by {date}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="326"/>
        <source>Reference: {note}</source>
        <translation>Reference: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_einvoice.py" line="333"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_messages.py" line="15"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="17"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="21"/>
        <source>The server did not answer in time. Check your internet connection and try again.</source>
        <translation>The server did not answer in time. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="26"/>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation>Could not reach the server. Check your internet connection and the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="31"/>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="35"/>
        <source>The server has a problem right now (error {status}). Try again later.</source>
        <translation>The server has a problem right now (error {status}). Try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="39"/>
        <source>The server answered with something unexpected. Is the server address right?</source>
        <translation>The server answered with something unexpected. Is the server address right?</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="43"/>
        <source>You do not have permission to do this in this company.</source>
        <translation>You do not have permission to do this in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="47"/>
        <source>It was not found on the server. It may have been deleted.</source>
        <translation>It was not found on the server. It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="51"/>
        <source>The server refused because of the current state: {message}</source>
        <translation>The server refused because of the current state: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="55"/>
        <source>The file is too large for the server.</source>
        <translation>The file is too large for the server.</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="57"/>
        <source>The server refused the request: {message}</source>
        <translation>The server refused the request: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="61"/>
        <source>The server refused the request (error {status}).</source>
        <translation>The server refused the request (error {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="65"/>
        <source>The server address is not valid. It must start with https:// (plain http:// only for this computer).</source>
        <translation>The server address is not valid. It must start with https:// (plain http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../../ui/error_messages.py" line="70"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../ui/inbox_model.py" line="161"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="165"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="166"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="169"/>
        <source>The document&apos;s name</source>
        <translation>The document&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="170"/>
        <source>The document&apos;s date</source>
        <translation>The document&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="171"/>
        <source>When the document was last changed</source>
        <translation>When the document was last changed</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="172"/>
        <source>The document number in Multi-Regnskab</source>
        <translation>The document number in Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="258"/>
        <source>%1
Document no. %2</source>
        <translation>%1
Document no. %2</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_model.py" line="278"/>
        <source>Click to sort; sorting loads the whole inbox first. Click a third time for the newest first.</source>
        <translation>Click to sort; sorting loads the whole inbox first. Click a third time for the newest first.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../ui/inbox_panel.py" line="200"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="223"/>
        <source>Filter documents…</source>
        <translation>Filter documents…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="225"/>
        <source>Filter documents</source>
        <translation>Filter documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="227"/>
        <source>Shows only the documents whose name, date or number contains the text. Ctrl+F goes here, Escape clears it.</source>
        <translation>Shows only the documents whose name, date or number contains the text. Ctrl+F goes here, Escape clears it.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="231"/>
        <source>Filter by name, date or number (Ctrl+F); Escape clears the filter</source>
        <translation>Filter by name, date or number (Ctrl+F); Escape clears the filter</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="236"/>
        <source>Inbox documents</source>
        <translation>Inbox documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="238"/>
        <source>J and K or the arrow keys move between documents; Shift or Ctrl with a click selects several.</source>
        <translation>J and K or the arrow keys move between documents; Shift or Ctrl with a click selects several.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="307"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="309"/>
        <source>Try loading the inbox again</source>
        <translation>Try loading the inbox again</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="330"/>
        <source>Inbox status</source>
        <translation>Inbox status</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="715"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="716"/>
        <source>Choose a company to see its inbox.</source>
        <translation>Choose a company to see its inbox.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="719"/>
        <source>The inbox could not be loaded</source>
        <translation>The inbox could not be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="720"/>
        <source>Check the connection and try again.</source>
        <translation>Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="724"/>
        <source>Loading the inbox…</source>
        <translation>Loading the inbox…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="727"/>
        <source>The inbox is empty</source>
        <translation>The inbox is empty</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="728"/>
        <source>Documents you upload appear here. Drop files on the window or choose Upload… (Ctrl+U).</source>
        <translation>Documents you upload appear here. Drop files on the window or choose Upload… (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="758"/>
        <source>Could not load more documents.</source>
        <translation>Could not load more documents.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="762"/>
        <source>Loading all documents to sort them… (%1 so far)</source>
        <translation>Loading all documents to sort them… (%1 so far)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="765"/>
        <source>Showing %1 of %2 loaded documents</source>
        <translation>Showing %1 of %2 loaded documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="768"/>
        <source>Showing %1 of %2 documents</source>
        <translation>Showing %1 of %2 documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="771"/>
        <source>Documents: %1 loaded, more as you scroll</source>
        <translation>Documents: %1 loaded, more as you scroll</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="773"/>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>VAT code</source>
        <translation>VAT code</translation>
    </message>
    <message>
        <location filename="../../ui/registration_lines.py" line="91"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="72"/>
        <location filename="../../ui/login_dialog.py" line="73"/>
        <source>Sign in to Multi-Regnskab</source>
        <translation>Sign in to Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>Multi-Regnskab logo</source>
        <translation>Multi-Regnskab logo</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="81"/>
        <source>Multi-Regnskab</source>
        <translation>Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88"/>
        <source>Your session has expired. Enter your password to continue where you left off.</source>
        <translation>Your session has expired. Enter your password to continue where you left off.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91"/>
        <source>Sign in with your Multi-Regnskab user.</source>
        <translation>Sign in with your Multi-Regnskab user.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="106"/>
        <source>name@example.dk</source>
        <translation>name@example.dk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="112"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="119"/>
        <location filename="../../ui/login_dialog.py" line="121"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="126"/>
        <source>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</source>
        <translation>Keep you signed in on this computer (in the system&apos;s secure keyring) so the program opens without asking for your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="134"/>
        <source>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</source>
        <translation>Not available: this computer has no secure keyring to keep your sign-in in, so you will be asked for your password each time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="146"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="148"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="157"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="158"/>
        <location filename="../../ui/login_dialog.py" line="292"/>
        <source>Show advanced settings</source>
        <translation>Show advanced settings</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="169"/>
        <source>The address of the Multi-Regnskab API. Change it only if told to.</source>
        <translation>The address of the Multi-Regnskab API. Change it only if told to.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="173"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="187"/>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="194"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="199"/>
        <location filename="../../ui/login_dialog.py" line="202"/>
        <location filename="../../ui/login_dialog.py" line="303"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="204"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="204"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="258"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="262"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="267"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="292"/>
        <source>Hide advanced settings</source>
        <translation>Hide advanced settings</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="303"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Multi-Regnskab main window</source>
        <translation>Multi-Regnskab main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Company toolbar</source>
        <translation>Company toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Fetching your companies.</source>
        <translation>Fetching your companies.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Upload files to the inbox</source>
        <translation>Upload files to the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>Upload from clipboard</source>
        <translation>Upload from clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload files or an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Save the shown document on this computer</source>
        <translation>Save the shown document on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Filter the inbox</source>
        <translation>Filter the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>&amp;About Multi-Regnskab Desktop</source>
        <translation>&amp;About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702"/>
        <source>Signed out: sign in again to continue.</source>
        <translation>Signed out: sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>Signed in again.</source>
        <translation>Signed in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="743"/>
        <source>Your companies could not be fetched</source>
        <translation>Your companies could not be fetched</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="811"/>
        <source>Upload files</source>
        <translation>Upload files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="817"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="839"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>The clipboard holds no files or image to upload.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <location filename="../../ui/main_window.py" line="904"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="923"/>
        <source>About Multi-Regnskab Desktop</source>
        <translation>About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="931"/>
        <source>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</source>
        <translation>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="935"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="947"/>
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../ui/match_list.py" line="49"/>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="52"/>
        <source>+1 day</source>
        <translation>+1 day</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="54"/>
        <source>-1 day</source>
        <translation>-1 day</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="56"/>
        <source>+{0} days</source>
        <translation>+{0} days</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="57"/>
        <source>-{0} days</source>
        <translation>-{0} days</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="102"/>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="102"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="106"/>
        <source>Matching documents</source>
        <translation>Matching documents</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="108"/>
        <source>Matching postings</source>
        <translation>Matching postings</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="114"/>
        <source>Enter uses the chosen row.</source>
        <translation>Enter uses the chosen row.</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="188"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="193"/>
        <source>{name}: dated {date}, total {total}; the posting is {close}</source>
        <translation>{name}: dated {date}, total {total}; the posting is {close}</translation>
    </message>
    <message>
        <location filename="../../ui/match_list.py" line="206"/>
        <source>(money the other way)</source>
        <translation>(money the other way)</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="306"/>
        <source>Password for the document</source>
        <translation>Password for the document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="307"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="309"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="311"/>
        <source>Open the document with the password</source>
        <translation>Open the document with the password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="320"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="322"/>
        <source>Save the file on this computer</source>
        <translation>Save the file on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="323"/>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="325"/>
        <source>Try to show the document again</source>
        <translation>Try to show the document again</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="79"/>
        <source>New customer in {0}</source>
        <translation>New customer in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="93"/>
        <source>You may not add to this company, so you cannot create customers here.</source>
        <translation>You may not add to this company, so you cannot create customers here.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="109"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="110"/>
        <source>Given by Multi-Regnskab when left empty</source>
        <translation>Given by Multi-Regnskab when left empty</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="111"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="113"/>
        <source>Business customer</source>
        <translation>Business customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="114"/>
        <source>Private person</source>
        <translation>Private person</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="116"/>
        <source>Private customer</source>
        <translation>Private customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="121"/>
        <source>CVR or VAT number</source>
        <translation>CVR or VAT number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="122"/>
        <source>8 digits for a Danish business</source>
        <translation>8 digits for a Danish business</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="123"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="124"/>
        <location filename="../../ui/customer_dialog.py" line="462"/>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="125"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="127"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="130"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="136"/>
        <source>A two-letter country code (ISO 3166), e.g. DK, SE, DE</source>
        <translation>A two-letter country code (ISO 3166), e.g. DK, SE, DE</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="139"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="145"/>
        <source>A three-letter currency code (ISO 4217), e.g. DKK, EUR</source>
        <translation>A three-letter currency code (ISO 4217), e.g. DKK, EUR</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="148"/>
        <source>Language on invoices</source>
        <translation>Language on invoices</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="149"/>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="150"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="151"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="152"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="153"/>
        <source>Invoice e-mail</source>
        <translation>Invoice e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="156"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="157"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="158"/>
        <source>Running month plus</source>
        <translation>Running month plus</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="159"/>
        <source>Net cash</source>
        <translation>Net cash</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="160"/>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="161"/>
        <source>No payment terms</source>
        <translation>No payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="164"/>
        <source>Payment days</source>
        <translation>Payment days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="167"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="168"/>
        <source>Send e-invoices (NemHandel / Peppol)</source>
        <translation>Send e-invoices (NemHandel / Peppol)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="170"/>
        <source>Send e-invoices</source>
        <translation>Send e-invoices</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="173"/>
        <source>E-invoice address type</source>
        <translation>E-invoice address type</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="174"/>
        <source>EAN / GLN number</source>
        <translation>EAN / GLN number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="175"/>
        <source>CVR number</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="176"/>
        <source>P-number</source>
        <translation>P-number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="177"/>
        <source>SE number</source>
        <translation>SE number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="178"/>
        <source>Peppol ID</source>
        <translation>Peppol ID</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="180"/>
        <source>E-invoice address</source>
        <translation>E-invoice address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="218"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="219"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="220"/>
        <source>C&amp;VR / VAT no.</source>
        <translation>C&amp;VR / VAT no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="221"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="226"/>
        <location filename="../../ui/customer_dialog.py" line="246"/>
        <source>&amp;Postcode and city</source>
        <translation>&amp;Postcode and city</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="229"/>
        <source>Co&amp;untry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="230"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="231"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="232"/>
        <source>Customer n&amp;umber</source>
        <translation>Customer n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="233"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="234"/>
        <source>A&amp;ttention</source>
        <translation>A&amp;ttention</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="235"/>
        <source>Invoice &amp;e-mail</source>
        <translation>Invoice &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="239"/>
        <location filename="../../ui/customer_dialog.py" line="247"/>
        <source>Pa&amp;yment terms</source>
        <translation>Pa&amp;yment terms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="243"/>
        <source>E-invoice &amp;to</source>
        <translation>E-invoice &amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="244"/>
        <source>E-invoice a&amp;ddress</source>
        <translation>E-invoice a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="255"/>
        <source>Saving the customer</source>
        <translation>Saving the customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="262"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="264"/>
        <source>Save the new customer</source>
        <translation>Save the new customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="321"/>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="322"/>
        <source>Sweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="323"/>
        <source>Norway</source>
        <translation>Norway</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="324"/>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="325"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="326"/>
        <source>Iceland</source>
        <translation>Iceland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="327"/>
        <source>Greenland</source>
        <translation>Greenland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="328"/>
        <source>Faroe Islands</source>
        <translation>Faroe Islands</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="329"/>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="330"/>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="331"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="332"/>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="333"/>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="449"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Correct the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="458"/>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="459"/>
        <source>The customer number</source>
        <translation>The customer number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="460"/>
        <source>The CVR or VAT number</source>
        <translation>The CVR or VAT number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="461"/>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="463"/>
        <source>Address line 3</source>
        <translation>Address line 3</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="464"/>
        <source>The postcode</source>
        <translation>The postcode</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="465"/>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="466"/>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="467"/>
        <source>The attention</source>
        <translation>The attention</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="468"/>
        <source>The invoice e-mail</source>
        <translation>The invoice e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="469"/>
        <source>The e-invoice address</source>
        <translation>The e-invoice address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="475"/>
        <source>{0} is required.</source>
        <translation>{0} is required.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="476"/>
        <source>{0} can be at most {1} characters.</source>
        <translation>{0} can be at most {1} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="477"/>
        <source>Type a three-letter currency code such as DKK or EUR.</source>
        <translation>Type a three-letter currency code such as DKK or EUR.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="478"/>
        <source>{0} is not a currency code.</source>
        <translation>{0} is not a currency code.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="479"/>
        <source>Type a two-letter country code such as DK or SE.</source>
        <translation>Type a two-letter country code such as DK or SE.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="480"/>
        <source>{0} is not a country code.</source>
        <translation>{0} is not a country code.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="481"/>
        <source>Choose Danish or English.</source>
        <translation>Choose Danish or English.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="482"/>
        <source>A business customer needs a CVR or VAT number.</source>
        <translation>A business customer needs a CVR or VAT number.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="483"/>
        <source>A Danish CVR number has 8 digits.</source>
        <translation>A Danish CVR number has 8 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="484"/>
        <source>This is not an e-mail address (name@example.dk).</source>
        <translation>This is not an e-mail address (name@example.dk).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="485"/>
        <location filename="../../ui/customer_dialog.py" line="486"/>
        <source>Choose the kind of payment terms.</source>
        <translation>Choose the kind of payment terms.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="487"/>
        <source>Payment terms need a number of days.</source>
        <translation>Payment terms need a number of days.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="488"/>
        <source>Payment days must be between 0 and {0}.</source>
        <translation>Payment days must be between 0 and {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="489"/>
        <source>E-invoices need payment terms with a number of days.</source>
        <translation>E-invoices need payment terms with a number of days.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="490"/>
        <location filename="../../ui/customer_dialog.py" line="491"/>
        <source>Choose where e-invoices are sent.</source>
        <translation>Choose where e-invoices are sent.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="492"/>
        <source>Type the e-invoice address.</source>
        <translation>Type the e-invoice address.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="493"/>
        <source>An EAN / GLN number has 13 digits.</source>
        <translation>An EAN / GLN number has 13 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="494"/>
        <source>This EAN / GLN number has a typo (its check digit is wrong).</source>
        <translation>This EAN / GLN number has a typo (its check digit is wrong).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="495"/>
        <source>Type the CVR number: 8 digits (DK12345678).</source>
        <translation>Type the CVR number: 8 digits (DK12345678).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="496"/>
        <source>A P-number has 10 digits.</source>
        <translation>A P-number has 10 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="497"/>
        <source>An SE number has 8 digits.</source>
        <translation>An SE number has 8 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="499"/>
        <source>A Peppol ID is a 4-digit scheme, a colon and the ID (0184:12345678).</source>
        <translation>A Peppol ID is a 4-digit scheme, a colon and the ID (0184:12345678).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="526"/>
        <source>Creating the customer…</source>
        <translation>Creating the customer…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="561"/>
        <source>Multi-Regnskab refused the customer: {0}</source>
        <translation>Multi-Regnskab refused the customer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="563"/>
        <source>You do not have permission to create customers in {0}.</source>
        <translation>You do not have permission to create customers in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="568"/>
        <source>The connection broke after the customer was sent, so it may have been created. Look for it in the customer list before saving again.</source>
        <translation>The connection broke after the customer was sent, so it may have been created. Look for it in the customer list before saving again.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="572"/>
        <source>The customer was not created. {0}</source>
        <translation>The customer was not created. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="574"/>
        <source>The customer was not created: {0}</source>
        <translation>The customer was not created: {0}</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../ui/preview_page_view.py" line="398"/>
        <source>Document page</source>
        <translation>Document page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="409"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="412"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="415"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="417"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="421"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="424"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="426"/>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="427"/>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="428"/>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="429"/>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="431"/>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="741"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/company_selector.py" line="51"/>
        <source>You may upload documents to this company, but not see its documents.</source>
        <translation>You may upload documents to this company, but not see its documents.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="55"/>
        <source>You do not have access to documents in this company.</source>
        <translation>You do not have access to documents in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="59"/>
        <source>You only have read access to documents in this company.</source>
        <translation>You only have read access to documents in this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="63"/>
        <source>You cannot upload documents to this company.</source>
        <translation>You cannot upload documents to this company.</translation>
    </message>
    <message>
        <location filename="../../ui/company_selector.py" line="67"/>
        <source>You cannot change or delete documents in this company.</source>
        <translation>You cannot change or delete documents in this company.</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="170"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="171"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/bank_view.py" line="172"/>
        <source>Extra text / note</source>
        <translation>Extra text / note</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="416"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="453"/>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="460"/>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="478"/>
        <source>Document views</source>
        <translation>Document views</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="479"/>
        <location filename="../../ui/preview_pane.py" line="1024"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="785"/>
        <location filename="../../ui/preview_pane.py" line="905"/>
        <source>The document could not be shown</source>
        <translation>The document could not be shown</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="843"/>
        <source>Loading the document…</source>
        <translation>Loading the document…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="850"/>
        <source>The password is not correct</source>
        <translation>The password is not correct</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="851"/>
        <source>Type the password again to open the document.</source>
        <translation>Type the password again to open the document.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="855"/>
        <source>This document is protected by a password</source>
        <translation>This document is protected by a password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="856"/>
        <source>Type its password to open it.</source>
        <translation>Type its password to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="863"/>
        <source>The document no longer exists</source>
        <translation>The document no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="864"/>
        <source>It has been deleted, perhaps by someone else.</source>
        <translation>It has been deleted, perhaps by someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="867"/>
        <source>The document could not be fetched</source>
        <translation>The document could not be fetched</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="883"/>
        <source>You can still save the file and open it in another program.</source>
        <translation>You can still save the file and open it in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="886"/>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="886"/>
        <source>There is nothing to show.</source>
        <translation>There is nothing to show.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="887"/>
        <source>The file is damaged</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="888"/>
        <source>It cannot be shown because it is damaged or incomplete.</source>
        <translation>It cannot be shown because it is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="890"/>
        <source>This kind of file cannot be previewed</source>
        <translation>This kind of file cannot be previewed</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="892"/>
        <source>The document is too large to be previewed</source>
        <translation>The document is too large to be previewed</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="894"/>
        <source>The document took too long to show</source>
        <translation>The document took too long to show</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="895"/>
        <source>Showing it was stopped after {seconds} s. The file may be damaged or unusually complex.</source>
        <translation>Showing it was stopped after {seconds} s. The file may be damaged or unusually complex.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="898"/>
        <source>The preview stopped unexpectedly</source>
        <translation>The preview stopped unexpectedly</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="899"/>
        <source>The part of the program that draws previews stopped while showing this document.</source>
        <translation>The part of the program that draws previews stopped while showing this document.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="902"/>
        <source>That page does not exist</source>
        <translation>That page does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="904"/>
        <source>Previews are not available</source>
        <translation>Previews are not available</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="913"/>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1026"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1030"/>
        <source>E-invoice</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1092"/>
        <source>The document no longer exists. It may have been deleted.</source>
        <translation>The document no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1114"/>
        <source>Your comment was added.</source>
        <translation>Your comment was added.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1116"/>
        <source>The name and date were saved.</source>
        <translation>The name and date were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1136"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1137"/>
        <source>Delete “{name}”?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1139"/>
        <source>It is removed from the inbox in Multi-Regnskab. This cannot be undone.</source>
        <translation>It is removed from the inbox in Multi-Regnskab. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1140"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1162"/>
        <source>The document cannot be deleted because it is attached to a registration.</source>
        <translation>The document cannot be deleted because it is attached to a registration.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1166"/>
        <source>The document had already been deleted.</source>
        <translation>The document had already been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1171"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1194"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1203"/>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1230"/>
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1234"/>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/products_view.py" line="90"/>
        <source>Search products…</source>
        <translation>Search products…</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="92"/>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="93"/>
        <source>Number, name, type, unit or description</source>
        <translation>Number, name, type, unit or description</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="97"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="98"/>
        <location filename="../../ui/products_view.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="99"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="100"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="101"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="102"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="108"/>
        <location filename="../../ui/products_view.py" line="149"/>
        <source>Products</source>
        <translation>Products</translation>
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
        <translation>Product types</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Singular</source>
        <translation>Singular</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="119"/>
        <source>Plural</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="123"/>
        <location filename="../../ui/products_view.py" line="151"/>
        <source>Units of measure</source>
        <translation>Units of measure</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="125"/>
        <source>This company has no products yet.</source>
        <translation>This company has no products yet.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="139"/>
        <source>This company has no product types.</source>
        <translation>This company has no product types.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="148"/>
        <source>Products, product types and units of measure</source>
        <translation>Products, product types and units of measure</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="153"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="154"/>
        <source>Try loading the products again</source>
        <translation>Try loading the products again</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="260"/>
        <source>Type {0}</source>
        <translation>Type {0}</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="305"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="305"/>
        <source>Choose a company.</source>
        <translation>Choose a company.</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="307"/>
        <source>Loading products…</source>
        <translation>Loading products…</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="310"/>
        <source>The products could not be loaded</source>
        <translation>The products could not be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="330"/>
        <source>Showing {0} of {1} products</source>
        <translation>Showing {0} of {1} products</translation>
    </message>
    <message>
        <location filename="../../ui/products_view.py" line="334"/>
        <source>Products: {0}</source>
        <translation>Products: {0}</translation>
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
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/registration_panel.py" line="160"/>
        <source>Supplier number</source>
        <translation>Supplier number</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="205"/>
        <source>Sent, but no answer came: this registration may already be in Multi-Regnskab. Check there; sending it again asks you first.</source>
        <translation>Sent, but no answer came: this registration may already be in Multi-Regnskab. Check there; sending it again asks you first.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="211"/>
        <source>Matching documents</source>
        <translation>Matching documents</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="212"/>
        <source>Inbox documents with this amount and a date close to it: click to attach</source>
        <translation>Inbox documents with this amount and a date close to it: click to attach</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="216"/>
        <source>Matching bank postings</source>
        <translation>Matching bank postings</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="217"/>
        <source>Bank postings that may have paid this document: click to book it so</source>
        <translation>Bank postings that may have paid this document: click to book it so</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="222"/>
        <source>Create suggested registration</source>
        <translation>Create suggested registration</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="225"/>
        <source>Create and next</source>
        <translation>Create and next</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="112"/>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="170"/>
        <source>Use the document&apos;s value?</source>
        <translation>Use the document&apos;s value?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="171"/>
        <source>You typed “{0}”. Replace it with “{1}” from the document?</source>
        <translation>You typed “{0}”. Replace it with “{1}” from the document?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="179"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="183"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="214"/>
        <location filename="../../ui/registration_panel.py" line="229"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="266"/>
        <source>Suggested by the document: {0}</source>
        <translation>Suggested by the document: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="272"/>
        <source> (Alt+{0} or a click on it in the preview takes it)</source>
        <translation> (Alt+{0} or a click on it in the preview takes it)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="230"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="215"/>
        <location filename="../../ui/registration_panel.py" line="231"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="234"/>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="235"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="236"/>
        <source>Create a customer in Multi-Regnskab</source>
        <translation>Create a customer in Multi-Regnskab</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="242"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_offers.py" line="216"/>
        <location filename="../../ui/registration_panel.py" line="248"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="251"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="409"/>
        <source>Customer {0}</source>
        <translation>Customer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="420"/>
        <source>You may not add documents in this company, so you cannot book here.</source>
        <translation>You may not add documents in this company, so you cannot book here.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="476"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="570"/>
        <source>Document {0}</source>
        <translation>Document {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="575"/>
        <source>At most {0} attached files</source>
        <translation>At most {0} attached files</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="592"/>
        <source>Correct the lines marked in red first.</source>
        <translation>Correct the lines marked in red first.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="597"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="696"/>
        <source>The draft was discarded: the registration is there.</source>
        <translation>The draft was discarded: the registration is there.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="700"/>
        <source>Kept. Check in Multi-Regnskab; sending it again asks you first.</source>
        <translation>Kept. Check in Multi-Regnskab; sending it again asks you first.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="713"/>
        <source>The suggested registration was created.</source>
        <translation>The suggested registration was created.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_matches.py" line="224"/>
        <source>Filled in from the bank posting of {0}.</source>
        <translation>Filled in from the bank posting of {0}.</translation>
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
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="40"/>
        <source>Upload files…</source>
        <translation>Upload files…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload files or an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Save the document as…</source>
        <translation>Save the document as…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Show the keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Filter the inbox</source>
        <translation>Filter the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Select more documents</source>
        <translation>Select more documents</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Delete the document shown (asks first)</source>
        <translation>Delete the document shown (asks first)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="66"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="68"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
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
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75"/>
        <source>Create the suggested registration</source>
        <translation>Create the suggested registration</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <source>Create it and go on to the next document</source>
        <translation>Create it and go on to the next document</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>Accept every suggestion</source>
        <translation>Accept every suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82"/>
        <source>Accept the suggested date (or click its box on the page)</source>
        <translation>Accept the suggested date (or click its box on the page)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="85"/>
        <source>Accept the suggested supplier as description</source>
        <translation>Accept the suggested supplier as description</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87"/>
        <source>Accept the suggested total</source>
        <translation>Accept the suggested total</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="89"/>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="93"/>
        <source>Move the line up or down</source>
        <translation>Move the line up or down</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="125"/>
        <location filename="../../ui/shortcuts.py" line="126"/>
        <location filename="../../ui/shortcuts.py" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="127"/>
        <source>Work faster with the keyboard:</source>
        <translation>Work faster with the keyboard:</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Keys</source>
        <translation>Keys</translation>
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
        <translation>Multi-Regnskab Desktop is already running for this user. Use the window that is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="451"/>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="453"/>
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
        <location filename="../../ui/status_bar.py" line="98"/>
        <source>Open company: {name}</source>
        <translation>Open company: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="105"/>
        <source>Signed in as {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="120"/>
        <source>Connection to the Multi-Regnskab server: {state}</source>
        <translation>Connection to the Multi-Regnskab server: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="140"/>
        <location filename="../../ui/status_bar.py" line="141"/>
        <source>Uploading…</source>
        <translation>Uploading…</translation>
    </message>
</context>
<context>
    <name>UncertainRegistrationDialog</name>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="41"/>
        <source>Did the registration arrive?</source>
        <translation>Did the registration arrive?</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="43"/>
        <source>The registration</source>
        <translation>The registration</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="46"/>
        <source>{0} was sent, but the connection broke before Multi-Regnskab answered. It may or may not have been created there.</source>
        <translation>{0} was sent, but the connection broke before Multi-Regnskab answered. It may or may not have been created there.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="59"/>
        <source>Look for it among the suggested registrations in Multi-Regnskab if you can. Sending it again creates a second one if the first did arrive.</source>
        <translation>Look for it among the suggested registrations in Multi-Regnskab if you can. Sending it again creates a second one if the first did arrive.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="67"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="68"/>
        <source>Send the registration again (it may then be there twice)</source>
        <translation>Send the registration again (it may then be there twice)</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="71"/>
        <source>I&apos;ll check in Multi-Regnskab first</source>
        <translation>I&apos;ll check in Multi-Regnskab first</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="72"/>
        <source>Keep the draft, marked as uncertain; you are asked again next time</source>
        <translation>Keep the draft, marked as uncertain; you are asked again next time</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="76"/>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="77"/>
        <source>The registration is in Multi-Regnskab: throw the draft away</source>
        <translation>The registration is in Multi-Regnskab: throw the draft away</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="109"/>
        <source>A file uploaded for this registration is now visible in the inbox: it most likely arrived.</source>
        <translation>A file uploaded for this registration is now visible in the inbox: it most likely arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/uncertain_dialog.py" line="114"/>
        <source>The file uploaded for this registration is still hidden: it most likely did not arrive.</source>
        <translation>The file uploaded for this registration is still hidden: it most likely did not arrive.</translation>
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
        <location filename="../../ui/upload_model.py" line="114"/>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="116"/>
        <location filename="../../ui/upload_model.py" line="133"/>
        <source>The file is too large (max. {limit})</source>
        <translation>The file is too large (max. {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="120"/>
        <source>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</source>
        <translation>Not a PDF, an image (JPEG, PNG, TIFF, GIF, WebP) or a text file</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="124"/>
        <source>The file no longer exists</source>
        <translation>The file no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="125"/>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="137"/>
        <source>The company does not allow you to add documents</source>
        <translation>The company does not allow you to add documents</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="142"/>
        <source>The server refused the file: {message}</source>
        <translation>The server refused the file: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="145"/>
        <source>The server refused the file</source>
        <translation>The server refused the file</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="147"/>
        <source>The server kept failing; try again later</source>
        <translation>The server kept failing; try again later</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="149"/>
        <source>The copy kept for uploading is gone; add the file again</source>
        <translation>The copy kept for uploading is gone; add the file again</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="153"/>
        <source>The file could not be read</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="155"/>
        <source>It may have arrived; look in the inbox before you try again</source>
        <translation>It may have arrived; look in the inbox before you try again</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="159"/>
        <source>Unexpected error (see the log)</source>
        <translation>Unexpected error (see the log)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="174"/>
        <source>Queued: will check whether the file arrived</source>
        <translation>Queued: will check whether the file arrived</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="177"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="179"/>
        <source>Sending… {percent}%</source>
        <translation>Sending… {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="183"/>
        <source>Checking whether the file arrived</source>
        <translation>Checking whether the file arrived</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="186"/>
        <source>Sign in again to continue</source>
        <translation>Sign in again to continue</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="188"/>
        <source>Waiting for the server</source>
        <translation>Waiting for the server</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="189"/>
        <source>Waiting for the network</source>
        <translation>Waiting for the network</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="191"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="193"/>
        <source>Failed: {reason}</source>
        <translation>Failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="196"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="391"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="392"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="393"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="394"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="395"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="396"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="397"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="465"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="482"/>
        <source>Pasted from the clipboard</source>
        <translation>Pasted from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="485"/>
        <source>Double-click or press F2 to change</source>
        <translation>Double-click or press F2 to change</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="510"/>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="518"/>
        <source>That is not a date.</source>
        <translation>That is not a date.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="528"/>
        <source>{name} is already on its way; its name and date can no longer change.</source>
        <translation>{name} is already on its way; its name and date can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_model.py" line="534"/>
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
        <location filename="../../ui/upload_panel.py" line="813"/>
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
        <location filename="../../ui/upload_panel.py" line="562"/>
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
        <location filename="../../ui/upload_panel.py" line="494"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="497"/>
        <source>You cannot upload documents to this company.</source>
        <translation>You cannot upload documents to this company.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="540"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>The clipboard holds no files or image to upload.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="569"/>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="572"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="573"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="574"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="575"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="635"/>
        <source>{name} could not be added to the uploads.</source>
        <translation>{name} could not be added to the uploads.</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="649"/>
        <source>Some files could not be checked: {error}</source>
        <translation>Some files could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="759"/>
        <source>Already sent, so it cannot be cancelled: {names}</source>
        <translation>Already sent, so it cannot be cancelled: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="866"/>
        <source>{done} of {total} sent</source>
        <translation>{done} of {total} sent</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="869"/>
        <source>{count} failed</source>
        <translation>{count} failed</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="872"/>
        <source>checking {count} files…</source>
        <translation>checking {count} files…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="874"/>
        <source>checking files…</source>
        <translation>checking files…</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="877"/>
        <source>sign in again to continue</source>
        <translation>sign in again to continue</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="879"/>
        <source>waiting for the network</source>
        <translation>waiting for the network</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="881"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/upload_panel.py" line="885"/>
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
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="212"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="217"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="219"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>_NoAccessPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Your access request code</source>
        <translation>Your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Copy your access request code</source>
        <translation>Copy your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Check again for companies</source>
        <translation>Check again for companies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>You do not have access to any company yet</source>
        <translation>You do not have access to any company yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</source>
        <translation>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Fetching your code…</source>
        <translation>Fetching your code…</translation>
    </message>
</context>
<context>
    <name>_PermissionBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Permissions in this company</source>
        <translation>Permissions in this company</translation>
    </message>
</context>
</TS>
