<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountPage</name>
    <message>
        <source>Supervisor account</source>
        <translation>Cuenta de supervisor(a)</translation>
    </message>
    <message>
        <source>This first account is a supervisor: it can add accounts for your team.</source>
        <translation>Esta primera cuenta es de supervisor(a): puede agregar cuentas para su equipo.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre para &amp;mostrar</translation>
    </message>
    <message>
        <source>User names use lower-case letters, digits, dot or dash.</source>
        <translation>Los nombres de usuario usan letras minúsculas, dígitos, punto o guion.</translation>
    </message>
    <message>
        <source>Account details message</source>
        <translation>Mensaje sobre los datos de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>User names are 2 to 64 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Los nombres de usuario tienen de 2 a 64 caracteres: letras minúsculas, dígitos, punto, guion o guion bajo.</translation>
    </message>
    <message>
        <source>Enter a display name of 1 to 100 characters.</source>
        <translation>Escriba un nombre para mostrar de 1 a 100 caracteres.</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No answer so far reaches a higher level of concern, so the form&apos;s starting outcome applies.</source>
        <translation>Ninguna respuesta hasta ahora alcanza un nivel de preocupación más alto, así que se aplica el resultado inicial del formulario.</translation>
    </message>
    <message>
        <source>decided the outcome</source>
        <translation>decidió el resultado</translation>
    </message>
    <message>
        <source>added to the concern</source>
        <translation>aumentó la preocupación</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>{name} sign</source>
        <translation>Símbolo de {name}</translation>
    </message>
</context>
<context>
    <name>CompletedPage</name>
    <message>
        <source>You changed an outcome set by a decisive answer. The change waits for a supervisor&apos;s co-signature; until then the outcome above stands and its duties stay open.</source>
        <translation>Usted cambió un resultado fijado por una respuesta decisiva. El cambio espera la firma conjunta de un(a) supervisor(a); hasta entonces se mantiene el resultado de arriba y sus deberes siguen abiertos.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>What needs to happen next, and by when</source>
        <translation>Lo que debe pasar ahora, y para cuándo</translation>
    </message>
    <message>
        <source>Duties created</source>
        <translation>Deberes creados</translation>
    </message>
    <message>
        <source>No reporting duties follow from this outcome.</source>
        <translation>Este resultado no genera deberes de reporte.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>En espera de un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisor &amp;co-sign…</source>
        <translation>&amp;Firma conjunta de supervisor(a)…</translation>
    </message>
    <message>
        <source>Supervisor co-sign</source>
        <translation>Firma conjunta de supervisor(a)</translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation>Apoyo para usted</translation>
    </message>
    <message>
        <source>Duties are also listed on the youth&apos;s page and in the deadlines panel.</source>
        <translation>Los deberes también aparecen en la página del/de la joven y en el panel de plazos.</translation>
    </message>
    <message>
        <source>Completed by {worker} at {when}</source>
        <translation>Completado por {worker} el {when}</translation>
    </message>
    <message>
        <source>Outcome recorded: {band}</source>
        <translation>Resultado registrado: {band}</translation>
    </message>
    <message>
        <source>(chosen by the worker; reason: {reason})</source>
        <translation>(elegido por el/la trabajador(a); motivo: {reason})</translation>
    </message>
    <message>
        <source>{outcome}; co-signed by {supervisor}</source>
        <translation>{outcome}; con firma conjunta de {supervisor}</translation>
    </message>
    <message>
        <source>Not started again: {duty}</source>
        <translation>No se inicia de nuevo: {duty}</translation>
    </message>
</context>
<context>
    <name>ConfirmRecoveryPage</name>
    <message>
        <source>Check the code you wrote down</source>
        <translation>Compruebe el código que anotó</translation>
    </message>
    <message>
        <source>Type the last two groups of the code from your paper, for example “7KQM-2XDA”. Dashes and spaces do not matter.</source>
        <translation>Escriba los dos últimos grupos del código que anotó en papel, por ejemplo “7KQM-2XDA”. Los guiones y espacios no importan.</translation>
    </message>
    <message>
        <source>Last two groups of the recovery code</source>
        <translation>Dos últimos grupos del código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Last two groups</source>
        <translation>&amp;Dos últimos grupos</translation>
    </message>
    <message>
        <source>Recovery code message</source>
        <translation>Mensaje sobre el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Mostrar el código otra vez</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>The worker changed an outcome that a decisive answer set. As the supervisor, sign with your own passphrase to let the change stand; the duties it started then close as not applicable, with the worker&apos;s reason.</source>
        <translation>El/la trabajador(a) cambió un resultado que fijó una respuesta decisiva. Como supervisor(a), firme con su propia frase de contraseña para que el cambio se mantenga; los deberes que se iniciaron se cierran entonces como no aplicables, con el motivo del/de la trabajador(a).</translation>
    </message>
    <message>
        <source>Supervisor co-signature</source>
        <translation>Firma conjunta de supervisor(a)</translation>
    </message>
    <message>
        <source>&amp;Co-sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Motivo indicado: {reason}</translation>
    </message>
    <message>
        <source>override outcome</source>
        <translation>cambio de resultado</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s username and passphrase.</source>
        <translation>Escriba el nombre de usuario y la frase de contraseña del/de la supervisor(a).</translation>
    </message>
    <message>
        <source>Co-signing needs a supervisor account on this laptop.</source>
        <translation>La firma conjunta necesita una cuenta de supervisor(a) en esta computadora.</translation>
    </message>
</context>
<context>
    <name>DangerBanner</name>
    <message>
        <source>Danger now: the youth may be in danger, or the person exploiting them may be nearby.</source>
        <translation>Peligro ahora: el/la joven puede estar en peligro, o la persona que lo/la explota puede estar cerca.</translation>
    </message>
    <message>
        <source>Danger now</source>
        <translation>Peligro ahora</translation>
    </message>
    <message>
        <source>Safety procedure</source>
        <translation>Procedimiento de seguridad</translation>
    </message>
    <message>
        <source>Call 911 if anyone is in danger now.</source>
        <translation>Llame al 911 si alguien está en peligro ahora.</translation>
    </message>
    <message>
        <source>Safety procedure follo&amp;wed</source>
        <translation>Procedimiento de seguridad &amp;seguido</translation>
    </message>
    <message>
        <source>Acknowledge: safety procedure followed</source>
        <translation>Confirmar: se siguió el procedimiento de seguridad</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Type the date as MM/DD/YYYY (for example 03/14/2011).</source>
        <translation>Escriba la fecha como MM/DD/AAAA, con el mes primero (por ejemplo 03/14/2011).</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; has the day first. Type the month first: {fixed}.</source>
        <translation>“{typed}” tiene el día primero. Escriba el mes primero: {fixed}.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot;: there is no month {month}.</source>
        <translation>“{typed}”: no existe el mes {month}.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot;: {month} {year} has no day {day}.</source>
        <translation>“{typed}”: {month} de {year} no tiene día {day}.</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; has no year.</source>
        <translation>“{typed}” no tiene año.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a date this field can read.</source>
        <translation>“{typed}” no es una fecha que este campo pueda leer.</translation>
    </message>
    <message>
        <source>{day} is in the future. Check the date.</source>
        <translation>{day} está en el futuro. Revise la fecha.</translation>
    </message>
    <message>
        <source>{day} is after {latest}. Check the date.</source>
        <translation>{day} es posterior al {latest}. Revise la fecha.</translation>
    </message>
    <message>
        <source>{day} is before {earliest}. Check the date.</source>
        <translation>{day} es anterior al {earliest}. Revise la fecha.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}, as read</source>
        <translation>{name}, como se leyó</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Type the month first: MM/DD/YYYY</source>
        <translation>Escriba el mes primero: MM/DD/AAAA</translation>
    </message>
    <message>
        <source>{name}: this is needed.</source>
        <translation>{name}: este dato es necesario.</translation>
    </message>
    <message>
        <source>h:mm AM</source>
        <translation>h:mm a. m.</translation>
    </message>
</context>
<context>
    <name>DeviceVault</name>
    <message>
        <source>Sign-in failed. Check the user name and passphrase and try again.</source>
        <translation>No se pudo iniciar sesión. Revise el nombre de usuario y la frase de contraseña e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>deber</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>deberes</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>joven</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>borradores</translation>
    </message>
    <message>
        <source>AM</source>
        <translation>a. m.</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>p. m.</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{when} (late after {later})</source>
        <translation>{when} (tarde después de {later})</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>vencido hace {span}</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>vence en {span}</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>{day} — age {age}</source>
        <translation>{day} — {age} años</translation>
    </message>
    <message>
        <source>Not yet screened</source>
        <translation>Aún sin evaluación</translation>
    </message>
</context>
<context>
    <name>DutyWords</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>hecho el {when}</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>marcado como no aplicable</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>due now (late after {minutes} minutes)</source>
        <translation>vence ahora (tarde después de {minutes} minutos)</translation>
    </message>
    <message>
        <source>the set time</source>
        <translation>el plazo fijado</translation>
    </message>
    <message>
        <source>due {when} ({span} from when the information was received)</source>
        <translation>vence el {when} ({span} desde que se recibió la información)</translation>
    </message>
</context>
<context>
    <name>EncounterWizard</name>
    <message>
        <source>Your answers are saved. You can carry on later from the youth&apos;s page.</source>
        <translation>Sus respuestas están guardadas. Puede continuar más tarde desde la página del/de la joven.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>{form} · {point} · information received {received}</source>
        <translation>{form} · {point} · información recibida el {received}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Answered so far</source>
        <translation>Respondidas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Stop for now</source>
        <translation>&amp;Parar por ahora</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Parar por ahora</translation>
    </message>
    <message>
        <source>One &amp;question per page</source>
        <translation>Una pregunta por pá&amp;gina</translation>
    </message>
    <message>
        <source>One question per page</source>
        <translation>Una pregunta por página</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Re&amp;turn to the outcome</source>
        <translation>&amp;Volver al resultado</translation>
    </message>
    <message>
        <source>Return to the outcome</source>
        <translation>Volver al resultado</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Review · {answered} of {total} answered</source>
        <translation>Revisión · {answered} de {total} respondidas</translation>
    </message>
    <message>
        <source>Section {index} of {count} · {answered} of {total} answered</source>
        <translation>Sección {index} de {count} · {answered} de {total} respondidas</translation>
    </message>
    <message>
        <source>Item {index} of {total} · {answered} answered</source>
        <translation>Pregunta {index} de {total} · {answered} respondidas</translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>New youth profile</source>
        <translation>Nuevo perfil de joven</translation>
    </message>
    <message>
        <source>Youth profile</source>
        <translation>Perfil del/de la joven</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ItemBlock</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Answer message</source>
        <translation>Mensaje sobre la respuesta</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Type a number using digits, for example 3 or 2.5. This answer is not saved yet.</source>
        <translation>Escriba un número con dígitos, por ejemplo 3 o 2.5. Esta respuesta aún no está guardada.</translation>
    </message>
    <message>
        <source>This answer can be at most {count} characters.</source>
        <translation>Esta respuesta puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Not known (leave empty if you don&apos;t know)</source>
        <translation>No se sabe (deje vacío si no lo sabe)</translation>
    </message>
    <message>
        <source>This answer is not saved yet.</source>
        <translation>Esta respuesta aún no está guardada.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Answer message</source>
        <translation>Mensaje sobre la respuesta</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>An answer is needed to complete.</source>
        <translation>Se necesita una respuesta para completar.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemWidgets</name>
    <message>
        <source>Option {index} of {count}</source>
        <translation>Opción {index} de {count}</translation>
    </message>
    <message>
        <source>Press {a} to {b} to choose, or move with the arrow keys and press Space.</source>
        <translation>Pulse de {a} a {b} para elegir, o muévase con las flechas y pulse Espacio.</translation>
    </message>
    <message>
        <source>Press {a} to {b} to tick or untick, or Tab to an option and press Space.</source>
        <translation>Pulse de {a} a {b} para marcar o desmarcar, o vaya con Tab a una opción y pulse Espacio.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your screens and the instruments&apos; wording use this language at each sign-in. Printed copies keep the language chosen when printing.</source>
        <translation>Sus pantallas y el texto de los instrumentos usan este idioma en cada inicio de sesión. Las copias impresas mantienen el idioma que se elige al imprimir.</translation>
    </message>
    <message>
        <source>&amp;Language of your screens</source>
        <translation>&amp;Idioma de sus pantallas</translation>
    </message>
</context>
<context>
    <name>LanguageFlags</name>
    <message>
        <source>… and {more} more.</source>
        <translation>… y {more} más.</translation>
    </message>
    <message>
        <source>Language guide (a suggestion only; your text is saved as you wrote it):</source>
        <translation>Guía de lenguaje (solo una sugerencia; su texto se guarda tal como lo escribió):</translation>
    </message>
    <message>
        <source>Language guide suggestions</source>
        <translation>Sugerencias de la guía de lenguaje</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>{name} is signed in. Enter your passphrase to go on where you left off.</source>
        <translation>{name} tiene la sesión iniciada. Escriba su frase de contraseña para seguir donde se quedó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSEC Screening</source>
        <translation>Evaluación CSEC</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Casos asignados</translation>
    </message>
    <message>
        <source>No youth on this laptop yet.</source>
        <translation>Aún no hay jóvenes en esta computadora.</translation>
    </message>
    <message>
        <source>Youth you add or receive from the county will be listed here, with what is due for each.</source>
        <translation>Aquí aparecerán los jóvenes que usted agregue o reciba del condado, con lo que vence para cada uno.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>S&amp;ync with the county…</source>
        <translation>S&amp;incronizar con el condado…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Privacy screen	F12</source>
        <translation>&amp;Pantalla de privacidad	F12</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Administrar cuentas…</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About CSEC Screening</source>
        <translation>Acerca de &amp;Evaluación CSEC</translation>
    </message>
    <message>
        <source>Screen hidden</source>
        <translation>Pantalla oculta</translation>
    </message>
    <message>
        <source>Signed-in worker</source>
        <translation>Trabajador(a) con sesión iniciada</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Confi&amp;guración</translation>
    </message>
    <message>
        <source>&amp;Instruments…</source>
        <translation>&amp;Instrumentos…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>I&amp;dioma…</translation>
    </message>
    <message>
        <source>Signed in: {name} · {role}</source>
        <translation>Sesión iniciada: {name} · {role}</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>{name}, date</source>
        <translation>{name}, fecha</translation>
    </message>
    <message>
        <source>{name}, time</source>
        <translation>{name}, hora</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Answers that moved the outcome</source>
        <translation>Respuestas que cambiaron el resultado</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <source>I want to record a &amp;different outcome</source>
        <translation>Quiero registrar un resultado &amp;diferente</translation>
    </message>
    <message>
        <source>I want to record a different outcome</source>
        <translation>Quiero registrar un resultado diferente</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>Resultado a registrar</translation>
    </message>
    <message>
        <source>Reason for a different outcome</source>
        <translation>Motivo de un resultado diferente</translation>
    </message>
    <message>
        <source>&amp;Outcome to record</source>
        <translation>&amp;Resultado a registrar</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Complete and sign</source>
        <translation>&amp;Completar y firmar</translation>
    </message>
    <message>
        <source>Complete and sign</source>
        <translation>Completar y firmar</translation>
    </message>
    <message>
        <source>Completion message</source>
        <translation>Mensaje sobre la finalización</translation>
    </message>
    <message>
        <source>Still to answer before completing</source>
        <translation>Falta responder antes de completar</translation>
    </message>
    <message>
        <source>Recommended next steps</source>
        <translation>Próximos pasos recomendados</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>Enter or double-click an answer to change it.</source>
        <translation>Pulse Intro o haga doble clic en una respuesta para cambiarla.</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Su criterio profesional</translation>
    </message>
    <message>
        <source>Outcome: {band}</source>
        <translation>Resultado: {band}</translation>
    </message>
    <message>
        <source>No answer raised a concern.</source>
        <translation>Ninguna respuesta generó preocupación.</translation>
    </message>
    <message>
        <source>No steps are suggested.</source>
        <translation>No se sugieren pasos.</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>necesita respuesta</translation>
    </message>
    <message>
        <source>needs checking</source>
        <translation>hay que revisarla</translation>
    </message>
    <message>
        <source>Go to {where}</source>
        <translation>Ir a {where}</translation>
    </message>
    <message>
        <source>… and {more} more. Next takes you through them in order.</source>
        <translation>… y {more} más. Siguiente lo/la lleva por ellas en orden.</translation>
    </message>
    <message>
        <source>Write the reason for recording a different outcome.</source>
        <translation>Escriba el motivo para registrar un resultado diferente.</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <source>Sign out, then sign in again when the account is unlocked.</source>
        <translation>Cierre la sesión y vuelva a iniciarla cuando la cuenta esté desbloqueada.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Comprobando la frase de contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use el código de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Use at least {count} characters. A few unrelated words with spaces are easy to remember and hard to guess.</source>
        <translation>Use al menos {count} caracteres. Unas cuantas palabras sin relación entre sí, separadas por espacios, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Comentario sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Creating the encrypted vault</source>
        <translation>Creando la bóveda cifrada</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <source>Use at least {count} characters; a few words with spaces work well.</source>
        <translation>Use al menos {count} caracteres; unas cuantas palabras con espacios funcionan bien.</translation>
    </message>
    <message>
        <source>That passphrase is on a list of commonly used passwords; choose another.</source>
        <translation>Esa frase de contraseña está en una lista de contraseñas muy usadas; elija otra.</translation>
    </message>
    <message>
        <source>That passphrase repeats the same characters; choose another.</source>
        <translation>Esa frase de contraseña repite los mismos caracteres; elija otra.</translation>
    </message>
    <message>
        <source>The passphrase must not contain the user name.</source>
        <translation>La frase de contraseña no debe contener el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Screen hidden</source>
        <translation>Pantalla oculta</translation>
    </message>
    <message>
        <source>&amp;Show screen</source>
        <translation>&amp;Mostrar pantalla</translation>
    </message>
    <message>
        <source>Enter the passphrase to show the screen again.</source>
        <translation>Escriba la frase de contraseña para volver a mostrar la pantalla.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Write this code on paper now and keep it locked away, apart from the laptop. It is shown only this once. If every passphrase is forgotten, it is the only way to open the records on this laptop. Do not photograph it or save it in a file.</source>
        <translation>Anote este código en papel ahora y guárdelo bajo llave, lejos de la computadora. Se muestra solo esta vez. Si se olvidan todas las frases de contraseña, es la única manera de abrir los registros de esta computadora. No le tome una foto ni lo guarde en un archivo.</translation>
    </message>
    <message>
        <source>I have &amp;written the code on paper</source>
        <translation>He &amp;anotado el código en papel</translation>
    </message>
    <message>
        <source>I have written the code on paper</source>
        <translation>He anotado el código en papel</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>⚠ Needs an answer</source>
        <translation>⚠ Necesita respuesta</translation>
    </message>
    <message>
        <source>— not answered (optional)</source>
        <translation>— sin respuesta (opcional)</translation>
    </message>
    <message>
        <source>Your answers, by section</source>
        <translation>Sus respuestas, por sección</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Enter or double-click to change this answer</source>
        <translation>Pulse Intro o haga doble clic para cambiar esta respuesta</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Social worker</source>
        <translation>Trabajador(a) social</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Oficial de libertad condicional</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>Administrador(a) del condado</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>→ Review and sign</source>
        <translation>→ Revisar y firmar</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Press a number to answer the item with the focus (0 to 2 on concern ratings) and move to the next one; Tab moves between items; Enter (Alt+N in a text box) goes to the next section. F1: help.</source>
        <translation>Pulse un número para responder la pregunta que tiene el foco (0 a 2 en niveles de preocupación) y pasar a la siguiente; Tab se mueve entre preguntas; Intro (Alt+N en un cuadro de texto) va a la sección siguiente. F1: ayuda.</translation>
    </message>
    <message>
        <source>An answer is needed to complete.</source>
        <translation>Se necesita una respuesta para completar.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Section help</source>
        <translation>Ayuda de la sección</translation>
    </message>
</context>
<context>
    <name>SectionStatus</name>
    <message>
        <source>1 answer needed</source>
        <translation>falta 1 respuesta</translation>
    </message>
    <message>
        <source>{count} answers needed</source>
        <translation>faltan {count} respuestas</translation>
    </message>
    <message>
        <source>1 answer to check</source>
        <translation>1 respuesta por revisar</translation>
    </message>
    <message>
        <source>{count} answers to check</source>
        <translation>{count} respuestas por revisar</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbala otra vez en ambos campos.</translation>
    </message>
    <message>
        <source>That does not match the recovery code. Compare it with what you wrote down and try again.</source>
        <translation>Eso no coincide con el código de recuperación. Compárelo con lo que anotó e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This laptop already has a vault; sign in instead of setting up.</source>
        <translation>Esta computadora ya tiene una bóveda; inicie sesión en lugar de configurarla.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>That passphrase can be used.</source>
        <translation>Esa frase de contraseña se puede usar.</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurar esta computadora</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation>Aviso de bóveda de demostración</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Forgot your passphrase? A supervisor on this laptop can set a new one for you.</source>
        <translation>¿Olvidó su frase de contraseña? Un(a) supervisor(a) de esta computadora puede ponerle una nueva.</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>Escriba su nombre de usuario y su frase de contraseña.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use el código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Workers: a supervisor on this laptop can set a new passphrase for you.</source>
        <translation>Trabajadores: un(a) supervisor(a) de esta computadora puede ponerle una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Demo vault — fictional data only.</source>
        <translation>Bóveda de demostración — solo datos ficticios.</translation>
    </message>
    <message>
        <source>Sign in as {username} with passphrase “{passphrase}” ({role}).</source>
        <translation>Inicie sesión como {username} con la frase de contraseña “{passphrase}” ({role}).</translation>
    </message>
</context>
<context>
    <name>StagedStart</name>
    <message>
        <source>The app cannot start</source>
        <translation>La aplicación no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>StartEncounterDialog</name>
    <message>
        <source>The time the information was received cannot be later than now. Check the date and time.</source>
        <translation>La hora en que se recibió la información no puede ser posterior a ahora. Revise la fecha y la hora.</translation>
    </message>
    <message>
        <source>Deadlines for reports are counted from when the information was received.</source>
        <translation>Los plazos de los reportes se cuentan desde que se recibió la información.</translation>
    </message>
    <message>
        <source>Start a screening or assessment</source>
        <translation>Iniciar una evaluación inicial o una evaluación de necesidades</translation>
    </message>
    <message>
        <source>Choose where you are in the case; the county&apos;s forms for it follow.</source>
        <translation>Elija en qué punto del caso está; luego aparecen los formularios del condado para ese punto.</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Form to use</source>
        <translation>Formulario a usar</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>Sobre este formulario</translation>
    </message>
    <message>
        <source>When was this information received?</source>
        <translation>¿Cuándo se recibió esta información?</translation>
    </message>
    <message>
        <source>&amp;Decision point</source>
        <translation>&amp;Punto de decisión</translation>
    </message>
    <message>
        <source>&amp;Form to use</source>
        <translation>&amp;Formulario a usar</translation>
    </message>
    <message>
        <source>&amp;When was this information received?</source>
        <translation>¿&amp;Cuándo se recibió esta información?</translation>
    </message>
    <message>
        <source>Start message</source>
        <translation>Mensaje de inicio</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the decision point and the form to use.</source>
        <translation>Elija el punto de decisión y el formulario a usar.</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>Type the time with AM or PM (for example 2:30 PM), or as 24-hour time (14:30).</source>
        <translation>Escriba la hora con a. m. o p. m. (por ejemplo 2:30 p. m.), o en formato de 24 horas (14:30).</translation>
    </message>
    <message>
        <source>Type a time.</source>
        <translation>Escriba una hora.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a time this field can read.</source>
        <translation>“{typed}” no es una hora que este campo pueda leer.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot;: minutes go up to 59.</source>
        <translation>“{typed}”: los minutos llegan hasta 59.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot;: with AM or PM the hour is 1 to 12.</source>
        <translation>“{typed}”: con a. m. o p. m. la hora va de 1 a 12.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot;: the hour goes up to 23.</source>
        <translation>“{typed}”: la hora llega hasta 23.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; could be morning or afternoon: add AM or PM.</source>
        <translation>“{typed}” podría ser de mañana o de tarde: agregue a. m. o p. m.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurar esta computadora</translation>
    </message>
    <message>
        <source>Records on this laptop are kept encrypted. To begin, create the supervisor account for this laptop: you will choose a passphrase, then write down a recovery code on paper.</source>
        <translation>Los registros de esta computadora se guardan cifrados. Para empezar, cree la cuenta de supervisor(a) de esta computadora: elegirá una frase de contraseña y luego anotará un código de recuperación en papel.</translation>
    </message>
    <message>
        <source>&amp;Start setup</source>
        <translation>&amp;Iniciar la configuración</translation>
    </message>
</context>
<context>
    <name>WizardHelp</name>
    <message>
        <source>Answer from everything you know: what the youth tells you, what you observe, records and what others (caregivers, school, health, probation) have told you. The items are not questions to read to the youth, and the youth never has to repeat their story. Choose &apos;Unknown&apos; or leave an optional item empty when you do not know yet; you can come back.</source>
        <translation>Responda con todo lo que sabe: lo que el/la joven le cuenta, lo que usted observa, los registros y lo que otras personas (cuidadores, escuela, salud, libertad condicional) le han dicho. Las preguntas no son para leérselas al/a la joven, y el/la joven nunca tiene que repetir su historia. Elija &apos;Se desconoce&apos; o deje vacía una pregunta opcional cuando aún no lo sepa; puede volver después.</translation>
    </message>
    <message>
        <source>Complete each needs domain with the youth where you can: strengths first, then concerns, the level of need, referrals and goals in the youth&apos;s own words. A referral you choose here is added to the Service plan when you sign, where you name the provider.</source>
        <translation>Complete cada área de necesidades con el/la joven cuando pueda: primero las fortalezas, luego las preocupaciones, el nivel de necesidad, las referencias y las metas en las propias palabras del/de la joven. Una referencia que elija aquí se agrega al Plan de servicios al firmar, donde usted indica el proveedor.</translation>
    </message>
    <message>
        <source>Keys: a number answers the item that has the focus (0 to 2 on concern ratings, from 1 otherwise) and moves to the next item; Tab and Shift+Tab move between items; the arrow keys move between options; Enter goes to the next section; Alt+B goes back. Every answer is saved as you give it.</source>
        <translation>Teclas: un número responde la pregunta que tiene el foco (0 a 2 en niveles de preocupación, desde 1 en las demás) y pasa a la siguiente; Tab y Mayús+Tab se mueven entre preguntas; las flechas se mueven entre opciones; Intro va a la sección siguiente; Alt+A vuelve atrás. Cada respuesta se guarda en cuanto la da.</translation>
    </message>
    <message>
        <source>Answering the form</source>
        <translation>Cómo responder el formulario</translation>
    </message>
    <message>
        <source>The outcome and what follows</source>
        <translation>El resultado y lo que sigue</translation>
    </message>
    <message>
        <source>The outcome is a level of concern to act on with your team, not proof. The form shows why it is what it is and which answers moved it. A decisive answer (a disclosure or evidence of an exchange) sets the outcome on its own. You may record a different outcome with a written reason; changing a decisive outcome needs a supervisor&apos;s co-signature. Signing starts the duties the law and county protocol set, timed from when the information was received: for example the child-abuse hotline report at once and the written report (SS 8572) within 36 hours (PC 11166), and a law-enforcement report within 24 hours for a youth identified as a victim. Answers cannot change after signing; an addendum can add to them.</source>
        <translation>El resultado es un nivel de preocupación para actuar con su equipo, no una prueba. El formulario muestra por qué es así y qué respuestas lo cambiaron. Una respuesta decisiva (una revelación o evidencia de un intercambio) fija el resultado por sí sola. Puede registrar un resultado diferente con un motivo por escrito; cambiar un resultado decisivo necesita la firma conjunta de un(a) supervisor(a). Al firmar comienzan los deberes que fijan la ley y el protocolo del condado, contados desde que se recibió la información: por ejemplo, el reporte inmediato a la línea directa de abuso infantil y el reporte escrito (SS 8572) dentro de 36 horas (PC 11166), y un reporte a las autoridades policiales dentro de 24 horas para un(a) joven identificado(a) como víctima. Las respuestas no pueden cambiar después de firmar; un anexo puede agregarles información.</translation>
    </message>
    <message>
        <source>After signing</source>
        <translation>Después de firmar</translation>
    </message>
    <message>
        <source>The duties listed here run from when the information was received. Each shows what to do, by when, and the law or protocol it comes from. Duties already done are marked done. Record each one on the youth&apos;s page or in the deadlines panel as you do it.</source>
        <translation>Los plazos de los deberes de esta lista corren desde que se recibió la información. Cada uno muestra qué hacer, para cuándo, y la ley o el protocolo de donde viene. Los deberes ya cumplidos aparecen como hechos. Registre cada uno en la página del/de la joven o en el panel de plazos a medida que lo cumple.</translation>
    </message>
    <message>
        <source>How to complete it</source>
        <translation>Cómo completarlo</translation>
    </message>
    <message>
        <source>Information integration</source>
        <translation>Integración de la información</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Outcome: {band}</source>
        <translation>Resultado: {band}</translation>
    </message>
</context>
<context>
    <name>WizardHelpDialog</name>
    <message>
        <source>Help: {title}</source>
        <translation>Ayuda: {title}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation>Abrir la &amp;guía del usuario</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Abrir la guía del usuario</translation>
    </message>
</context>
<context>
    <name>WizardSigning</name>
    <message>
        <source>You can&apos;t change answers after signing; you can add an addendum.</source>
        <translation>No podrá cambiar las respuestas después de firmar; puede agregar un anexo.</translation>
    </message>
    <message>
        <source>Complete and sign</source>
        <translation>Completar y firmar</translation>
    </message>
    <message>
        <source>Complete and sign?</source>
        <translation>¿Completar y firmar?</translation>
    </message>
    <message>
        <source>Complete and sign this form now?</source>
        <translation>¿Completar y firmar este formulario ahora?</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Not completed yet: 1 answer is still needed.</source>
        <translation>Aún no está completo: falta 1 respuesta.</translation>
    </message>
    <message>
        <source>Not completed yet: {count} answers are still needed.</source>
        <translation>Aún no está completo: faltan {count} respuestas.</translation>
    </message>
    <message>
        <source>Use the links above to go to them.</source>
        <translation>Use los enlaces de arriba para ir a ellas.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Caseload and deadlines</source>
        <translation>Casos y plazos</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <source>Ag&amp;enda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>County policy problem</source>
        <translation>Problema con la política del condado</translation>
    </message>
    <message>
        <source>This laptop cannot yet follow the county policy.</source>
        <translation>Esta computadora aún no puede seguir la política del condado.</translation>
    </message>
    <message>
        <source>A supervisor can install instruments under Settings → Instruments.</source>
        <translation>Un(a) supervisor(a) puede instalar instrumentos en Configuración → Instrumentos.</translation>
    </message>
    <message>
        <source>&amp;Deadlines ({overdue} overdue)</source>
        <translation>&amp;Plazos ({overdue} vencidos)</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>To print, open a youth and choose a completed screening, or open their Timeline tab.</source>
        <translation>Para imprimir, abra un(a) joven y elija una evaluación completada, o abra su pestaña Cronología.</translation>
    </message>
    <message>
        <source>&amp;Add a youth…</source>
        <translation>&amp;Agregar un(a) joven…</translation>
    </message>
    <message>
        <source>&amp;Find a youth</source>
        <translation>B&amp;uscar un(a) joven</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>Ay&amp;uda para esta pantalla</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
</TS>
