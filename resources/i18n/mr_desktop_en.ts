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
        <location filename="../../ui/inbox_panel.py" line="187"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="210"/>
        <source>Filter documents…</source>
        <translation>Filter documents…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="212"/>
        <source>Filter documents</source>
        <translation>Filter documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="214"/>
        <source>Shows only the documents whose name, date or number contains the text. Ctrl+F goes here, Escape clears it.</source>
        <translation>Shows only the documents whose name, date or number contains the text. Ctrl+F goes here, Escape clears it.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="218"/>
        <source>Filter by name, date or number (Ctrl+F); Escape clears the filter</source>
        <translation>Filter by name, date or number (Ctrl+F); Escape clears the filter</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="223"/>
        <source>Inbox documents</source>
        <translation>Inbox documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="225"/>
        <source>J and K or the arrow keys move between documents; Shift or Ctrl with a click selects several.</source>
        <translation>J and K or the arrow keys move between documents; Shift or Ctrl with a click selects several.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="294"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="296"/>
        <source>Try loading the inbox again</source>
        <translation>Try loading the inbox again</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="317"/>
        <source>Inbox status</source>
        <translation>Inbox status</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="702"/>
        <source>No company chosen</source>
        <translation>No company chosen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="703"/>
        <source>Choose a company to see its inbox.</source>
        <translation>Choose a company to see its inbox.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="706"/>
        <source>The inbox could not be loaded</source>
        <translation>The inbox could not be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="707"/>
        <source>Check the connection and try again.</source>
        <translation>Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="711"/>
        <source>Loading the inbox…</source>
        <translation>Loading the inbox…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="714"/>
        <source>The inbox is empty</source>
        <translation>The inbox is empty</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="715"/>
        <source>Documents you upload appear here. Drop files on the window or choose Upload… (Ctrl+U).</source>
        <translation>Documents you upload appear here. Drop files on the window or choose Upload… (Ctrl+U).</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="745"/>
        <source>Could not load more documents.</source>
        <translation>Could not load more documents.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="749"/>
        <source>Loading all documents to sort them… (%1 so far)</source>
        <translation>Loading all documents to sort them… (%1 so far)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="752"/>
        <source>Showing %1 of %2 loaded documents</source>
        <translation>Showing %1 of %2 loaded documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="755"/>
        <source>Showing %1 of %2 documents</source>
        <translation>Showing %1 of %2 documents</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="758"/>
        <source>Documents: %1 loaded, more as you scroll</source>
        <translation>Documents: %1 loaded, more as you scroll</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_panel.py" line="760"/>
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
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Multi-Regnskab main window</source>
        <translation>Multi-Regnskab main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Company toolbar</source>
        <translation>Company toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Fetching your companies.</source>
        <translation>Fetching your companies.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Upload…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>Upload files to the inbox</source>
        <translation>Upload files to the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Upload from clipboard</source>
        <translation>Upload from clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <location filename="../../ui/main_window.py" line="648"/>
        <source>Upload files or an image from the clipboard</source>
        <translation>Upload files or an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Save the shown document on this computer</source>
        <translation>Save the shown document on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Filter the inbox</source>
        <translation>Filter the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>&amp;About Multi-Regnskab Desktop</source>
        <translation>&amp;About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Signed out: sign in again to continue.</source>
        <translation>Signed out: sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Signed in again.</source>
        <translation>Signed in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Your companies could not be fetched</source>
        <translation>Your companies could not be fetched</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>Upload files</source>
        <translation>Upload files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="693"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="715"/>
        <source>The clipboard holds no files or image to upload.</source>
        <translation>The clipboard holds no files or image to upload.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="719"/>
        <location filename="../../ui/main_window.py" line="775"/>
        <source>Choose a company first.</source>
        <translation>Choose a company first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="792"/>
        <source>About Multi-Regnskab Desktop</source>
        <translation>About Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="800"/>
        <source>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</source>
        <translation>File receipts and invoices into Multi-Regnskab: browse the inbox, preview documents and upload files by dropping them on the window.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="804"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>The language changes the next time the program starts.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="302"/>
        <source>Password for the document</source>
        <translation>Password for the document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="303"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="305"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="307"/>
        <source>Open the document with the password</source>
        <translation>Open the document with the password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="316"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="318"/>
        <source>Save the file on this computer</source>
        <translation>Save the file on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="319"/>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="321"/>
        <source>Try to show the document again</source>
        <translation>Try to show the document again</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../ui/preview_page_view.py" line="351"/>
        <source>Document page</source>
        <translation>Document page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="360"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="363"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="366"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="368"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="372"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="375"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="377"/>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="378"/>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="379"/>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="380"/>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="382"/>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/preview_page_view.py" line="665"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
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
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview_pane.py" line="411"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="446"/>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="453"/>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="471"/>
        <source>Document views</source>
        <translation>Document views</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="472"/>
        <location filename="../../ui/preview_pane.py" line="993"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="774"/>
        <location filename="../../ui/preview_pane.py" line="874"/>
        <source>The document could not be shown</source>
        <translation>The document could not be shown</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="812"/>
        <source>Loading the document…</source>
        <translation>Loading the document…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="819"/>
        <source>The password is not correct</source>
        <translation>The password is not correct</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="820"/>
        <source>Type the password again to open the document.</source>
        <translation>Type the password again to open the document.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="824"/>
        <source>This document is protected by a password</source>
        <translation>This document is protected by a password</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="825"/>
        <source>Type its password to open it.</source>
        <translation>Type its password to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="832"/>
        <source>The document no longer exists</source>
        <translation>The document no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="833"/>
        <source>It has been deleted, perhaps by someone else.</source>
        <translation>It has been deleted, perhaps by someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="836"/>
        <source>The document could not be fetched</source>
        <translation>The document could not be fetched</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="852"/>
        <source>You can still save the file and open it in another program.</source>
        <translation>You can still save the file and open it in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="855"/>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="855"/>
        <source>There is nothing to show.</source>
        <translation>There is nothing to show.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="856"/>
        <source>The file is damaged</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="857"/>
        <source>It cannot be shown because it is damaged or incomplete.</source>
        <translation>It cannot be shown because it is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="859"/>
        <source>This kind of file cannot be previewed</source>
        <translation>This kind of file cannot be previewed</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="861"/>
        <source>The document is too large to be previewed</source>
        <translation>The document is too large to be previewed</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="863"/>
        <source>The document took too long to show</source>
        <translation>The document took too long to show</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="864"/>
        <source>Showing it was stopped after {seconds} s. The file may be damaged or unusually complex.</source>
        <translation>Showing it was stopped after {seconds} s. The file may be damaged or unusually complex.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="867"/>
        <source>The preview stopped unexpectedly</source>
        <translation>The preview stopped unexpectedly</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="868"/>
        <source>The part of the program that draws previews stopped while showing this document.</source>
        <translation>The part of the program that draws previews stopped while showing this document.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="871"/>
        <source>That page does not exist</source>
        <translation>That page does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="873"/>
        <source>Previews are not available</source>
        <translation>Previews are not available</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="882"/>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="995"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="999"/>
        <source>E-invoice</source>
        <translation>E-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1061"/>
        <source>The document no longer exists. It may have been deleted.</source>
        <translation>The document no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1083"/>
        <source>Your comment was added.</source>
        <translation>Your comment was added.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1085"/>
        <source>The name and date were saved.</source>
        <translation>The name and date were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1105"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1106"/>
        <source>Delete “{name}”?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1108"/>
        <source>It is removed from the inbox in Multi-Regnskab. This cannot be undone.</source>
        <translation>It is removed from the inbox in Multi-Regnskab. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1109"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1131"/>
        <source>The document cannot be deleted because it is attached to a registration.</source>
        <translation>The document cannot be deleted because it is attached to a registration.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1135"/>
        <source>The document had already been deleted.</source>
        <translation>The document had already been deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1140"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}” was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1163"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1172"/>
        <source>Save the document as</source>
        <translation>Save the document as</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1199"/>
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/preview_pane.py" line="1203"/>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
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
        <location filename="../../ui/registration_panel.py" line="130"/>
        <source>Supplier number</source>
        <translation>Supplier number</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="169"/>
        <source>Create suggested registration</source>
        <translation>Create suggested registration</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="172"/>
        <source>Create and next</source>
        <translation>Create and next</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="176"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="177"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="178"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="179"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="185"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="188"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="311"/>
        <source>Customer {0}</source>
        <translation>Customer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="321"/>
        <source>You may not add documents in this company, so you cannot book here.</source>
        <translation>You may not add documents in this company, so you cannot book here.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="370"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="461"/>
        <source>Document {0}</source>
        <translation>Document {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="466"/>
        <source>At most {0} attached files</source>
        <translation>At most {0} attached files</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="491"/>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="535"/>
        <source>Suggested by the document: {0}</source>
        <translation>Suggested by the document: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="580"/>
        <source>Correct the lines marked in red first.</source>
        <translation>Correct the lines marked in red first.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="585"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_panel.py" line="641"/>
        <source>The suggested registration was created.</source>
        <translation>The suggested registration was created.</translation>
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
        <location filename="../../ui/main.py" line="413"/>
        <source>Multi-Regnskab Desktop</source>
        <translation>Multi-Regnskab Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="414"/>
        <source>Multi-Regnskab Desktop is already running for this user. Use the window that is already open.</source>
        <translation>Multi-Regnskab Desktop is already running for this user. Use the window that is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="457"/>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="459"/>
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
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Your access request code</source>
        <translation>Your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Copy your access request code</source>
        <translation>Copy your access request code</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Check again for companies</source>
        <translation>Check again for companies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>You do not have access to any company yet</source>
        <translation>You do not have access to any company yet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</source>
        <translation>Your user is signed in, but no company has given you access to its documents. Give the code below to the company&apos;s administrator in Multi-Regnskab; once they have granted you access, choose “Check again”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Fetching your code…</source>
        <translation>Fetching your code…</translation>
    </message>
</context>
<context>
    <name>_PermissionBanner</name>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Permissions in this company</source>
        <translation>Permissions in this company</translation>
    </message>
</context>
</TS>
