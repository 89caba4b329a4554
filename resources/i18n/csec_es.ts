<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Screening for commercial sexual exploitation of children and youth at key decision points, and a holistic needs assessment, for California county child welfare and probation. Exploited youth are victims of abuse; nothing in this tool treats them as offenders.</source>
        <translation>Evaluación de la explotación sexual comercial de niños, niñas y jóvenes en los momentos clave de decisión, y una evaluación integral de necesidades, para los servicios de bienestar infantil y de libertad condicional de los condados de California. Los jóvenes explotados son víctimas de abuso; nada en esta herramienta los trata como infractores.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The screening instruments shipped with this tool are county-configurable defaults, not validated tools.&lt;/b&gt; Each county decides which instrument it uses and may load its own. A screening result is a level of concern to act on with your team, not proof.</source>
        <translation>&lt;b&gt;Los instrumentos de evaluación incluidos con esta herramienta son opciones predeterminadas que cada condado puede configurar, no herramientas validadas.&lt;/b&gt; Cada condado decide qué instrumento usa y puede cargar el suyo. El resultado de una evaluación es un nivel de preocupación que usted atiende con su equipo, no una prueba.</translation>
    </message>
    <message>
        <source>Records are kept encrypted on this laptop and sent to the county in signed, encrypted bundles. No network is needed to work.</source>
        <translation>Los registros se guardan cifrados en esta computadora portátil y se envían al condado en paquetes firmados y cifrados. No se necesita conexión a la red para trabajar.</translation>
    </message>
    <message>
        <source>National Human Trafficking Hotline: 1-888-373-7888, text 233733.</source>
        <translation>Línea Nacional contra la Trata de Personas: 1-888-373-7888, mensaje de texto al 233733.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Bloqueada tras intentos fallidos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Cuentas en esta computadora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Set &amp;new passphrase…</source>
        <translation>Poner &amp;nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Turn &amp;off…</source>
        <translation>Desa&amp;ctivar…</translation>
    </message>
    <message>
        <source>Accounts message</source>
        <translation>Mensaje de cuentas</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>A&amp;ctivar…</translation>
    </message>
    <message>
        <source>The account {username} was added.</source>
        <translation>Se agregó la cuenta {username}.</translation>
    </message>
    <message>
        <source>The account {username} is unlocked; they can sign in again.</source>
        <translation>La cuenta {username} está desbloqueada; la persona puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Poner una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Set a new passphrase for {name}. Give it to them in person.</source>
        <translation>Ponga una nueva frase de contraseña para {name}. Entréguesela en persona.</translation>
    </message>
    <message>
        <source>The account {username} has a new passphrase.</source>
        <translation>La cuenta {username} tiene una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Turn an account back on</source>
        <translation>Volver a activar una cuenta</translation>
    </message>
    <message>
        <source>Set a passphrase for {name} to turn the account back on.</source>
        <translation>Ponga una frase de contraseña para {name} y así volver a activar la cuenta.</translation>
    </message>
    <message>
        <source>The account {username} is turned on again.</source>
        <translation>La cuenta {username} está activa de nuevo.</translation>
    </message>
    <message>
        <source>Turn off this account?</source>
        <translation>¿Desactivar esta cuenta?</translation>
    </message>
    <message>
        <source>Turn off the account of {name}? They will not be able to sign in on this laptop until a supervisor turns it on again. Their records stay.</source>
        <translation>¿Desactivar la cuenta de {name}? No podrá iniciar sesión en esta computadora hasta que un(a) supervisor(a) la vuelva a activar. Sus registros se conservan.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Keep it on</source>
        <translation>Dejarla activa</translation>
    </message>
    <message>
        <source>The account {username} is turned off.</source>
        <translation>La cuenta {username} está desactivada.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>The new person signs in with this user name and the passphrase you set.</source>
        <translation>La persona nueva inicia sesión con este nombre de usuario y la frase de contraseña que usted ponga.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre que se &amp;muestra</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>F&amp;rase de contraseña</translation>
    </message>
    <message>
        <source>Enter the name to show for this person.</source>
        <translation>Escriba el nombre que se mostrará para esta persona.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Case file</source>
        <translation>Expediente del caso</translation>
    </message>
    <message>
        <source>Everything in the record, every case note: for the agency&apos;s own file.</source>
        <translation>Todo lo que está en el registro, cada nota del caso: para el expediente de la propia agencia.</translation>
    </message>
    <message>
        <source>Multidisciplinary team (MDT)</source>
        <translation>Equipo multidisciplinario (MDT)</translation>
    </message>
    <message>
        <source>For the MDT&apos;s planning: no Part 2 information; only the notes and people you shared with the MDT.</source>
        <translation>Para la planificación del MDT: sin información de la Parte 2; solo las notas y las personas que usted compartió con el MDT.</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador(a)</translation>
    </message>
    <message>
        <source>A one-page handover sheet: no screening results or sensitive services; only the notes and people you shared with the caregiver.</source>
        <translation>Una hoja de traspaso de una página: sin resultados de evaluación ni servicios delicados; solo las notas y las personas que usted compartió con el/la cuidador(a).</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>The youth&apos;s own paper in plain words: strengths, goals, rights, lines to call; only people the youth chose.</source>
        <translation>La hoja propia del/de la joven en palabras sencillas: fortalezas, metas, derechos, líneas a las que puede llamar; solo las personas que el/la joven eligió.</translation>
    </message>
</context>
<context>
    <name>CalmMessage</name>
    <message>
        <source>Something went wrong; your saved work is safe. Please try that again. If it keeps happening, tell your supervisor or the county help desk.</source>
        <translation>Algo salió mal; su trabajo guardado está a salvo. Por favor, vuelva a intentarlo. Si sigue pasando, avísele a su supervisor(a) o a la mesa de ayuda del condado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña act&amp;ual</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
</context>
<context>
    <name>ConfirmQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CosignFields</name>
    <message>
        <source>A supervisor must co-sign this. If one is here, they sign below with their own passphrase. Otherwise save it as waiting: the duties stay open until a supervisor co-signs.</source>
        <translation>Un(a) supervisor(a) debe firmar esto también. Si hay uno(a) aquí, firma abajo con su propia frase de contraseña. Si no, guárdelo como pendiente: las tareas quedan abiertas hasta que un(a) supervisor(a) lo firme.</translation>
    </message>
    <message>
        <source>Supervisor username</source>
        <translation>Nombre de usuario del/de la supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisor passphrase</source>
        <translation>Frase de contraseña del/de la supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisor &amp;username</source>
        <translation>&amp;Usuario del/de la supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisor pass&amp;phrase</source>
        <translation>&amp;Frase de contraseña del/de la supervisor(a)</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
    <message>
        <source>Preparing the demo laptop: adding fictional youth ({done} of {total})…</source>
        <translation>Preparando la computadora de demostración: agregando jóvenes ficticios ({done} de {total})…</translation>
    </message>
    <message>
        <source>Preparing the demo laptop: setting up its encrypted vault…</source>
        <translation>Preparando la computadora de demostración: creando su bóveda cifrada…</translation>
    </message>
    <message>
        <source>Demo preparation progress</source>
        <translation>Avance de la preparación de la demostración</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Check the county&apos;s fingerprint</source>
        <translation>Verificar la huella digital del condado</translation>
    </message>
    <message>
        <source>Trust file from: {county} (version {version})</source>
        <translation>Archivo de confianza de: {county} (versión {version})</translation>
    </message>
    <message>
        <source>County named in the file</source>
        <translation>Condado nombrado en el archivo</translation>
    </message>
    <message>
        <source>Type the county&apos;s fingerprint exactly as the county gave it to you by phone or on paper: the eight words, or the 32 letters and digits. Do not copy it from the file or from an email that came with it.</source>
        <translation>Escriba la huella digital del condado tal como el condado se la dio por teléfono o en papel: las ocho palabras, o las 32 letras y dígitos. No la copie del archivo ni de un correo electrónico que lo acompañe.</translation>
    </message>
    <message>
        <source>County fingerprint you were given</source>
        <translation>Huella digital del condado que le dieron</translation>
    </message>
    <message>
        <source>e.g. lusab-babad-gutih-tugad-…</source>
        <translation>p. ej., lusab-babad-gutih-tugad-…</translation>
    </message>
    <message>
        <source>Check and install</source>
        <translation>Verificar e instalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation>Las dos frases de contraseña no son iguales. Escriba la frase de contraseña otra vez en ambos campos.</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Mensaje: {title}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Type it a&amp;gain</source>
        <translation>Escríbala o&amp;tra vez</translation>
    </message>
</context>
<context>
    <name>FormDraftsOffer</name>
    <message>
        <source>Your unsaved typing was kept</source>
        <translation>Lo que usted escribió sin guardar se conservó</translation>
    </message>
    <message>
        <source>When the laptop locked, you were typing in:</source>
        <translation>Cuando la computadora se bloqueó, usted estaba escribiendo en:</translation>
    </message>
    <message>
        <source>Reopen to carry on where you were, or discard what was typed.</source>
        <translation>Vuelva a abrir para seguir donde estaba, o descarte lo escrito.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Volver a abrir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>HelpTopics</name>
    <message>
        <source>Signing in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The caseload</source>
        <translation>La carga de casos</translation>
    </message>
    <message>
        <source>Adding a youth</source>
        <translation>Agregar a un(a) joven</translation>
    </message>
    <message>
        <source>A youth&apos;s page</source>
        <translation>La página de un(a) joven</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Outcome and duties</source>
        <translation>Resultado y tareas</translation>
    </message>
    <message>
        <source>The case team</source>
        <translation>El equipo del caso</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Releases and court orders</source>
        <translation>Autorizaciones y órdenes judiciales</translation>
    </message>
    <message>
        <source>Stages of change</source>
        <translation>Etapas de cambio</translation>
    </message>
    <message>
        <source>MDT meetings and the WIC 18961.7 warning</source>
        <translation>Reuniones del MDT y la advertencia del WIC 18961.7</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation>Episodios de ausencia</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sync with the county</source>
        <translation>Sincronizar con el condado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Lock, privacy screen and recovery</source>
        <translation>Bloqueo, pantalla de privacidad y recuperación</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texto de la guía del usuario</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>Instalado por</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
    <message>
        <source>Shipped with the app</source>
        <translation>Incluido con la aplicación</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Instruments on this laptop</source>
        <translation>Instrumentos en esta computadora</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>&amp;Install a county instrument…</source>
        <translation>&amp;Instalar un instrumento del condado…</translation>
    </message>
    <message>
        <source>Supervisors: add a definition file the county approved</source>
        <translation>Supervisores: agreguen un archivo de definición que el condado aprobó</translation>
    </message>
    <message>
        <source>Instruments message</source>
        <translation>Mensaje de instrumentos</translation>
    </message>
    <message>
        <source>County policy check</source>
        <translation>Revisión de la política del condado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Every instrument the county policy offers is on this laptop.</source>
        <translation>Todos los instrumentos que ofrece la política del condado están en esta computadora.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>{file} cannot be installed. Fix these and try again:</source>
        <translation>{file} no se puede instalar. Corrija lo siguiente e intente de nuevo:</translation>
    </message>
    <message>
        <source>Installed {title} ({id} {version}).</source>
        <translation>Se instaló {title} ({id} {version}).</translation>
    </message>
    <message>
        <source>{file} is larger than a county package can be.</source>
        <translation>{file} es más grande de lo que puede ser un paquete del condado.</translation>
    </message>
    <message>
        <source>{file} was not installed: {reason}</source>
        <translation>{file} no se instaló: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>No se puede leer {file} ({reason}).</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Installed the county&apos;s package, version {version}: {added}.</source>
        <translation>Se instaló el paquete del condado, versión {version}: {added}.</translation>
    </message>
    <message>
        <source>Install this instrument?</source>
        <translation>¿Instalar este instrumento?</translation>
    </message>
    <message>
        <source>{title}
{id}, version {version}, {questions} questions
Fingerprint (SHA-256) {fingerprint}…

Install it only if your county approved this file. It cannot be changed later under the same version.</source>
        <translation>{title}
{id}, versión {version}, {questions} preguntas
Huella digital (SHA-256) {fingerprint}…

Instálelo solo si su condado aprobó este archivo. Después no se puede cambiar con la misma versión.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Choose the county&apos;s instrument file</source>
        <translation>Elija el archivo de instrumento del condado</translation>
    </message>
    <message>
        <source>County instrument files and signed packages (*.json)</source>
        <translation>Archivos de instrumentos y paquetes firmados del condado (*.json)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>the code of the language this translation is in</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSEC Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No youth on this laptop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth you add or receive from the county will be listed here, with what is due for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy screen	F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CSEC Screening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Poner frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PdfPager</name>
    <message>
        <source>◀ P&amp;revious page</source>
        <translation>◀ Página &amp;anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt page ▶</source>
        <translation>Página sig&amp;uiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Acerca&amp;r</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Sin páginas</translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message>
        <source>The printer could not be started, so nothing was printed. Check that it is on and connected, then try again, or save the copy as a PDF.</source>
        <translation>No se pudo poner en marcha la impresora, así que no se imprimió nada. Revise que esté encendida y conectada y vuelva a intentarlo, o guarde la copia como PDF.</translation>
    </message>
    <message>
        <source>To keep a copy as a file, use Save as PDF: it can protect the file with a password. Nothing was printed.</source>
        <translation>Para conservar una copia como archivo, use Guardar como PDF: puede proteger el archivo con una contraseña. No se imprimió nada.</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop, so nothing was printed. Ask county IT to add one, or use Save as PDF to keep a password-protected copy.</source>
        <translation>No hay ninguna impresora configurada en esta computadora, así que no se imprimió nada. Pida al departamento de TI del condado que agregue una, o use Guardar como PDF para conservar una copia protegida con contraseña.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Guardar resumen como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printing stopped. Pages already sent may still come out of the printer; the copy is not recorded as printed.</source>
        <translation>Se detuvo la impresión. Es posible que las páginas ya enviadas todavía salgan de la impresora; la copia no queda registrada como impresa.</translation>
    </message>
    <message>
        <source>The copy could not be prepared for the printer. Nothing was printed.</source>
        <translation>No se pudo preparar la copia para la impresora. No se imprimió nada.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{audience} copy</source>
        <translation>Copia: {audience}</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>Who this copy is for</source>
        <translation>Para quién es esta copia</translation>
    </message>
    <message>
        <source>Language of the youth&apos;s copy</source>
        <translation>Idioma de la copia del/de la joven</translation>
    </message>
    <message>
        <source>{language} — English with a notice</source>
        <translation>{language} — en inglés con un aviso</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>Optional: protect the saved file (8+ characters)</source>
        <translation>Opcional: proteger el archivo guardado (8 caracteres o más)</translation>
    </message>
    <message>
        <source>Password for the saved PDF, optional</source>
        <translation>Contraseña del PDF guardado, opcional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working on the copy</source>
        <translation>Preparando la copia</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancel printin&amp;g</source>
        <translation>Cancelar la impresió&amp;n</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>Detener la impresión</translation>
    </message>
    <message>
        <source>Print this copy</source>
        <translation>Imprimir esta copia</translation>
    </message>
    <message>
        <source>Save this copy as a PDF file</source>
        <translation>Guardar esta copia como archivo PDF</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Cerrar sin imprimir</translation>
    </message>
    <message>
        <source>What this copy shows</source>
        <translation>Qué muestra esta copia</translation>
    </message>
    <message>
        <source>Cop&amp;y for:</source>
        <translation>Co&amp;pia para:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Preparing the {copy}</source>
        <translation>Preparando la {copy}</translation>
    </message>
    <message>
        <source>Sending the copy to the printer…</source>
        <translation>Enviando la copia a la impresora…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Stopping the printer…</source>
        <translation>Deteniendo la impresora…</translation>
    </message>
    <message>
        <source>Sent {done} of {pages} to the printer…</source>
        <translation>Se enviaron {done} de {pages} a la impresora…</translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation>Se enviaron {pages} a la impresora.</translation>
    </message>
    <message>
        <source>A file named {file} is already there. Choose another name.</source>
        <translation>Ya hay un archivo llamado {file}. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Saved {pages} to {file} (password protected).</source>
        <translation>Se guardaron {pages} en {file} (protegido con contraseña).</translation>
    </message>
    <message>
        <source>Saved {pages} to {file}.</source>
        <translation>Se guardaron {pages} en {file}.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your passphrase? Use the &amp;recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use el código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <source>A supervisor who forgot the passphrase can set a new one with the recovery code written on paper when this laptop was set up. Workers: ask a supervisor to reset your passphrase instead.</source>
        <translation>Un(a) supervisor(a) que olvidó la frase de contraseña puede poner una nueva con el código de recuperación que se escribió en papel al configurar esta computadora. Trabajadores(as): pidan en su lugar a un(a) supervisor(a) que restablezca su frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Nombre de usuario del/de la supervisor(a)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name</source>
        <translation>Nombre de &amp;usuario del/de la supervisor(a)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Nueva frase de contraseña o&amp;tra vez</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Mensaje de recuperación</translation>
    </message>
    <message>
        <source>Checking the recovery code</source>
        <translation>Verificando el código de recuperación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Poner nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Fill in the recovery code, user name and new passphrase.</source>
        <translation>Escriba el código de recuperación, el nombre de usuario y la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Type the new one again.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escriba la nueva otra vez.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>The passphrase is set. The code you just used no longer works: write this new code on paper now, keep it locked away apart from the laptop, and destroy the old paper. It is shown only this once.</source>
        <translation>La frase de contraseña quedó puesta. El código que acaba de usar ya no funciona: escriba este código nuevo en papel ahora, guárdelo bajo llave lejos de la computadora y destruya el papel anterior. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>I have &amp;written the new code on paper</source>
        <translation>Ya &amp;escribí el código nuevo en papel</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
</context>
<context>
    <name>Role</name>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>F12 or Ctrl+Shift+H</source>
        <translation>F12 o Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Privacy screen: hide everything at once (passphrase to return)</source>
        <translation>Pantalla de privacidad: ocultar todo de inmediato (frase de contraseña para volver)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Help for this screen (the user guide)</source>
        <translation>Ayuda de esta pantalla (la guía del usuario)</translation>
    </message>
    <message>
        <source>Add a youth</source>
        <translation>Agregar a un(a) joven</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Buscar en la carga de casos</translation>
    </message>
    <message>
        <source>Print the selected screening, or the timeline on its tab</source>
        <translation>Imprimir la evaluación seleccionada, o la cronología en su pestaña</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>The main button of a form or dialog</source>
        <translation>El botón principal de un formulario o cuadro de diálogo</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without changes</source>
        <translation>Cerrar un cuadro de diálogo sin cambios</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Ir a ese campo o botón</translation>
    </message>
    <message>
        <source>Down (in the caseload search)</source>
        <translation>Flecha abajo (en la búsqueda de casos)</translation>
    </message>
    <message>
        <source>Move into the list of youth</source>
        <translation>Pasar a la lista de jóvenes</translation>
    </message>
    <message>
        <source>Enter (in the caseload)</source>
        <translation>Enter (en la carga de casos)</translation>
    </message>
    <message>
        <source>Open the highlighted youth&apos;s page</source>
        <translation>Abrir la página del/de la joven resaltado(a)</translation>
    </message>
    <message>
        <source>Alt+R, Alt+V (in the caseload)</source>
        <translation>Alt+R, Alt+V (en la carga de casos)</translation>
    </message>
    <message>
        <source>Sort by a column; reverse the order</source>
        <translation>Ordenar por una columna; invertir el orden</translation>
    </message>
    <message>
        <source>Esc (on a youth&apos;s page)</source>
        <translation>Esc (en la página de un(a) joven)</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Volver a la carga de casos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? A supervisor on this laptop can set a new one for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the county</source>
        <translation>Sincronizar con el condado</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Records leave this laptop only as a signed, encrypted bundle that only the county can open. After the county&apos;s receipt, delivered records are removed from this laptop when the county&apos;s retention period ends.</source>
        <translation>Los registros salen de esta computadora solo como un paquete firmado y cifrado que solo el condado puede abrir. Después del acuse de recibo del condado, los registros entregados se eliminan de esta computadora cuando termina el período de conservación del condado.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Huella digital de esta computadora</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>County fingerprint</source>
        <translation>Huella digital del condado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrita</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Bundles waiting for a receipt</source>
        <translation>Paquetes en espera de acuse de recibo</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Último acuse de recibo</translation>
    </message>
    <message>
        <source>Needs a person&apos;s review</source>
        <translation>Requiere revisión de una persona</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send waiting records to the county and fetch its answers</source>
        <translation>Enviar los registros en espera al condado y traer sus respuestas</translation>
    </message>
    <message>
        <source>Make &amp;enrollment request…</source>
        <translation>Crear solicitud de &amp;inscripción…</translation>
    </message>
    <message>
        <source>Install county &amp;trust file…</source>
        <translation>Instalar archivo de &amp;confianza del condado…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle to a folder…</source>
        <translation>E&amp;xportar paquete a una carpeta…</translation>
    </message>
    <message>
        <source>Apply county &amp;receipt…</source>
        <translation>Aplicar &amp;acuse de recibo del condado…</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Mensaje de sincronización</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This county takes bundles as files (its trust file names no service).</source>
        <translation>Este condado recibe los paquetes como archivos (su archivo de confianza no indica ningún servicio).</translation>
    </message>
    <message>
        <source>Request saved to {file}. Read this fingerprint to the county officer: {fingerprint}</source>
        <translation>Solicitud guardada en {file}. Léale esta huella digital al/a la encargado(a) del condado: {fingerprint}</translation>
    </message>
    <message>
        <source>Choose the county&apos;s trust file</source>
        <translation>Elija el archivo de confianza del condado</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>No se puede leer {file} ({reason})</translation>
    </message>
    <message>
        <source>The county&apos;s keys changed</source>
        <translation>Las claves del condado cambiaron</translation>
    </message>
    <message>
        <source>Trust file version {version} of {county} installed.</source>
        <translation>Se instaló el archivo de confianza versión {version} de {county}.</translation>
    </message>
    <message>
        <source>Bundle number {sequence} written to {path} with {records} records, and checked after writing.</source>
        <translation>Paquete número {sequence} escrito en {path} con {records} registros, y verificado después de escribirlo.</translation>
    </message>
    <message>
        <source>Choose the county&apos;s receipt</source>
        <translation>Elija el acuse de recibo del condado</translation>
    </message>
    <message>
        <source>The sync status could not be read. {reason}</source>
        <translation>No se pudo leer el estado de la sincronización. {reason}</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>jóvenes</translation>
    </message>
    <message>
        <source>screenings and assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>plan, team and note entries</source>
        <translation>entradas de plan, equipo y notas</translation>
    </message>
    <message>
        <source>missing episodes</source>
        <translation>episodios de ausencia</translation>
    </message>
    <message>
        <source>needs a person to decide (conflict)</source>
        <translation>una persona debe decidir (conflicto)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>no aceptado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptados</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicados</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>de cifrado</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>de acuse de recibo</translation>
    </message>
    <message>
        <source>1 record ({kinds})</source>
        <translation>1 registro ({kinds})</translation>
    </message>
    <message>
        <source>{count} records ({kinds})</source>
        <translation>{count} registros ({kinds})</translation>
    </message>
    <message>
        <source>Not made yet (make an enrollment request)</source>
        <translation>Aún no se ha creado (cree una solicitud de inscripción)</translation>
    </message>
    <message>
        <source>No county trust file installed yet</source>
        <translation>Aún no hay archivo de confianza del condado instalado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: the county lists another key for this laptop (nothing is sent)</source>
        <translation>No: el condado tiene registrada otra clave para esta computadora (no se envía nada)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>number {sequence}, {when}</source>
        <translation>número {sequence}, {when}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>{conflicts} conflicts, {rejected} not accepted</source>
        <translation>{conflicts} en conflicto, {rejected} no aceptados</translation>
    </message>
    <message>
        <source>This trust file (version {version}) changes the county&apos;s {keys} key. Install it only if the county told you, by phone or in person, that it changed its keys. A supervisor must confirm. Install it?</source>
        <translation>Este archivo de confianza (versión {version}) cambia la clave {keys} del condado. Instálelo solo si el condado le dijo, por teléfono o en persona, que cambió sus claves. Un(a) supervisor(a) debe confirmarlo. ¿Instalarlo?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Receipt for bundle {sequence} applied: {counts}.</source>
        <translation>Se aplicó el acuse de recibo del paquete {sequence}: {counts}.</translation>
    </message>
    <message>
        <source>{count} delivered youth past the retention period were removed from this laptop.</source>
        <translation>Se eliminaron de esta computadora {count} jóvenes entregados cuyo período de conservación terminó.</translation>
    </message>
</context>
<context>
    <name>SyncErrorWords</name>
    <message>
        <source>Nothing on this laptop was changed.</source>
        <translation>No se cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>This trust file was signed by a different county key than the one this laptop trusts. Do not install it; call the county help desk.</source>
        <translation>Este archivo de confianza fue firmado con una clave del condado distinta de la que esta computadora reconoce. No lo instale; llame a la mesa de ayuda del condado.</translation>
    </message>
    <message>
        <source>This trust file is older than the one already installed. Ask the county for its newest trust file.</source>
        <translation>Este archivo de confianza es más antiguo que el que ya está instalado. Pida al condado su archivo de confianza más reciente.</translation>
    </message>
    <message>
        <source>This trust file has expired. Ask the county for a new one.</source>
        <translation>Este archivo de confianza venció. Pida uno nuevo al condado.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this laptop did not send. Check that you chose the receipt for this laptop.</source>
        <translation>Este acuse de recibo responde a un paquete que esta computadora no envió. Revise que eligió el acuse de recibo de esta computadora.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not check out: it may have been changed or damaged on the way. Ask the county for a fresh copy.</source>
        <translation>La firma del archivo no es válida: puede haberse cambiado o dañado en el camino. Pida al condado una copia nueva.</translation>
    </message>
    <message>
        <source>The file is far larger than a file of this kind can be, so it was not read. Check that you chose the right file.</source>
        <translation>El archivo es mucho más grande de lo que puede ser un archivo de este tipo, así que no se leyó. Revise que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>The file is not the kind of file expected here, or it was damaged in copying. Check that you chose the right file, or ask for a fresh copy.</source>
        <translation>El archivo no es del tipo que se espera aquí, o se dañó al copiarlo. Revise que eligió el archivo correcto, o pida una copia nueva.</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Save enrollment request</source>
        <translation>Guardar solicitud de inscripción</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder or drive for the bundle</source>
        <translation>Elija la carpeta o unidad para el paquete</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>The county&apos;s service does not answer yet; trying again later.</source>
        <translation>El servicio del condado todavía no responde; se volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
</TS>
