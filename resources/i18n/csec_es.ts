<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>AccountErrors</name>
    <message>
        <source>This account can no longer sign in on this laptop.</source>
        <translation>Esta cuenta ya no puede iniciar sesión en esta computadora portátil.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that on this laptop.</source>
        <translation>En esta computadora portátil, solo un(a) supervisor(a) puede hacer eso.</translation>
    </message>
    <message>
        <source>An account named {name} already exists on this laptop.</source>
        <translation>Ya existe una cuenta llamada {name} en esta computadora portátil.</translation>
    </message>
    <message>
        <source>The account {name} is not locked.</source>
        <translation>La cuenta {name} no está bloqueada.</translation>
    </message>
    <message>
        <source>The recovery code is not locked.</source>
        <translation>El código de recuperación no está bloqueado.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>You cannot turn off your own account while signed in.</source>
        <translation>No puede desactivar su propia cuenta mientras tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>At least one supervisor account must stay active.</source>
        <translation>Al menos una cuenta de supervisor(a) debe seguir activa.</translation>
    </message>
    <message>
        <source>The account {name} is already turned on.</source>
        <translation>La cuenta {name} ya está activada.</translation>
    </message>
    <message>
        <source>Give a new passphrase to turn the account back on.</source>
        <translation>Escriba una nueva frase de contraseña para volver a activar la cuenta.</translation>
    </message>
    <message>
        <source>There is no account named {name} on this laptop.</source>
        <translation>No hay ninguna cuenta llamada {name} en esta computadora portátil.</translation>
    </message>
</context>
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
    <name>AddendumDialog</name>
    <message>
        <source>The signed answers do not change. The addendum is kept with this form, with your name, the time and the reason, and prints with it.</source>
        <translation>Las respuestas firmadas no cambian. La adenda se guarda con este formulario, con su nombre, la hora y el motivo, y se imprime con él.</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Agregar una adenda</translation>
    </message>
    <message>
        <source>&amp;Add addendum</source>
        <translation>&amp;Agregar adenda</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>What the addendum adds or corrects</source>
        <translation>Lo que la adenda agrega o corrige</translation>
    </message>
    <message>
        <source>Why it is needed</source>
        <translation>Por qué es necesaria</translation>
    </message>
    <message>
        <source>&amp;What it adds or corrects</source>
        <translation>&amp;Qué agrega o corrige</translation>
    </message>
    <message>
        <source>W&amp;hy it is needed</source>
        <translation>&amp;Por qué es necesaria</translation>
    </message>
    <message>
        <source>Write what the addendum adds or corrects.</source>
        <translation>Escriba lo que la adenda agrega o corrige.</translation>
    </message>
    <message>
        <source>Say why the addendum is needed.</source>
        <translation>Indique por qué es necesaria la adenda.</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Libertad condicional</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>MDT meeting</source>
        <translation>Reunión MDT</translation>
    </message>
    <message>
        <source>Next MDT meeting (planned)</source>
        <translation>Próxima reunión MDT (planificada)</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Nothing due and no MDT meetings this week.</source>
        <translation>No hay nada pendiente ni reuniones del MDT esta semana.</translation>
    </message>
    <message>
        <source>Overdue from before this week</source>
        <translation>Vencidas desde antes de esta semana</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semana anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semana siguiente ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana que se muestra</translation>
    </message>
    <message>
        <source>Agenda message</source>
        <translation>Mensaje de la agenda</translation>
    </message>
    <message>
        <source>Deadlines and meetings this week, by day</source>
        <translation>Plazos y reuniones de esta semana, por día</translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
    <message>
        <source>{weekday}, {day} (today)</source>
        <translation>{weekday}, {day} (hoy)</translation>
    </message>
    <message>
        <source>{weekday}, {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} elementos</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Youth not on this list</source>
        <translation>Joven que no está en esta lista</translation>
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
    <name>AttemptDialog</name>
    <message>
        <source>Engagement attempt</source>
        <translation>Intento de contacto</translation>
    </message>
    <message>
        <source>Change engagement attempt</source>
        <translation>Cambiar intento de contacto</translation>
    </message>
    <message>
        <source>&amp;Tried on</source>
        <translation>&amp;Fecha del intento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>The youth was &amp;reached and engaged</source>
        <translation>Se &amp;logró el contacto y el joven participó</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
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
    <name>Authorization</name>
    <message>
        <source>Youth&apos;s release of information</source>
        <translation>Autorización de divulgación de información del/de la joven</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s release</source>
        <translation>Autorización del padre, la madre o el tutor legal</translation>
    </message>
    <message>
        <source>42 CFR Part 2 consent (substance-use program records)</source>
        <translation>Consentimiento según 42 CFR Part 2 (expedientes de programas de uso de sustancias)</translation>
    </message>
    <message>
        <source>Juvenile court order (WIC 827)</source>
        <translation>Orden del tribunal de menores (WIC 827)</translation>
    </message>
    <message>
        <source>Screening results and the case plan</source>
        <translation>Resultados de la evaluación y plan del caso</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Información de salud</translation>
    </message>
    <message>
        <source>Minor-consent services (Fam. Code 6924-6929)</source>
        <translation>Servicios con consentimiento del/de la menor (Fam. Code 6924-6929)</translation>
    </message>
    <message>
        <source>Substance-use program records (42 CFR Part 2)</source>
        <translation>Expedientes de programas de uso de sustancias (42 CFR Part 2)</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <source>Juvenile-justice information (WIC 827)</source>
        <translation>Información de justicia juvenil (WIC 827)</translation>
    </message>
    <message>
        <source>Sexual orientation and gender identity</source>
        <translation>Orientación sexual e identidad de género</translation>
    </message>
</context>
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Change authorization</source>
        <translation>Cambiar autorización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>A&amp;gencies it covers (commas)</source>
        <translation>A&amp;gencias que cubre (separadas por comas)</translation>
    </message>
    <message>
        <source>Information it covers:</source>
        <translation>Información que cubre:</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Comienza el</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Ve&amp;nce el</translation>
    </message>
    <message>
        <source>Re&amp;voked on</source>
        <translation>Re&amp;vocada el</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>&amp;Firmada por</translation>
    </message>
    <message>
        <source>Signed o&amp;n</source>
        <translation>Firmada e&amp;l</translation>
    </message>
    <message>
        <source>For a 42 CFR Part 2 consent (42 CFR 2.31):</source>
        <translation>Para un consentimiento según 42 CFR Parte 2 (42 CFR 2.31):</translation>
    </message>
    <message>
        <source>&amp;Program permitted to disclose</source>
        <translation>&amp;Programa autorizado a divulgar</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Propós&amp;ito</translation>
    </message>
    <message>
        <source>Expiry &amp;event</source>
        <translation>&amp;Evento de vencimiento</translation>
    </message>
    <message>
        <source>The right to &amp;revoke was explained</source>
        <translation>Se explicó el derecho a &amp;revocar</translation>
    </message>
    <message>
        <source>Court &amp;order number (WIC 827)</source>
        <translation>Número de &amp;orden judicial (WIC 827)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Not&amp;a</translation>
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
    <name>CaseItemDialog</name>
    <message>
        <source>The &amp;MDT&apos;s copy</source>
        <translation>La copia del &amp;MDT</translation>
    </message>
    <message>
        <source>The care&amp;giver&apos;s sheet</source>
        <translation>La &amp;hoja del cuidador</translation>
    </message>
    <message>
        <source>The youth&apos;s o&amp;wn copy</source>
        <translation>La copia &amp;propia del joven</translation>
    </message>
    <message>
        <source>{title} fields</source>
        <translation>Campos de {title}</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Mensaje de {title}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Sin fijar todavía</translation>
    </message>
    <message>
        <source>{field}: this is needed.</source>
        <translation>{field}: este dato es necesario.</translation>
    </message>
</context>
<context>
    <name>CaseItemFields</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Agencies it covers</source>
        <translation>Agencias que cubre</translation>
    </message>
    <message>
        <source>Information it covers</source>
        <translation>Información que cubre</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <source>Information-sharing basis</source>
        <translation>Base para compartir información</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Quiénes asistieron</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Agency or service</source>
        <translation>Agencia o servicio</translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation>Quién le da seguimiento</translation>
    </message>
    <message>
        <source>Offer again on</source>
        <translation>Volver a ofrecer el</translation>
    </message>
    <message>
        <source>&amp;Phone and online safety</source>
        <translation>Seguridad por teléfono y en &amp;línea</translation>
    </message>
    <message>
        <source>What to do if &amp;contacted</source>
        <translation>Qué hacer si lo &amp;contactan</translation>
    </message>
    <message>
        <source>Placement and &amp;school supervision</source>
        <translation>Supervisión en la colocación y la &amp;escuela</translation>
    </message>
    <message>
        <source>&amp;Runaway prevention</source>
        <translation>Prevención de &amp;fugas</translation>
    </message>
    <message>
        <source>Re&amp;turn plan (if the youth leaves)</source>
        <translation>Plan de &amp;regreso (si el joven se va)</translation>
    </message>
    <message>
        <source>Reco&amp;very (what helps, what to keep up)</source>
        <translation>Rec&amp;uperación (lo que ayuda, lo que hay que mantener)</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Safe adults</source>
        <translation>Adultos de confianza</translation>
    </message>
    <message>
        <source>What tells you so</source>
        <translation>Qué se lo indica</translation>
    </message>
</context>
<context>
    <name>CaseTeamPanel</name>
    <message>
        <source>&amp;Sign plan…</source>
        <translation>&amp;Firmar plan…</translation>
    </message>
    <message>
        <source>Sign safety plan</source>
        <translation>Firmar el plan de seguridad</translation>
    </message>
    <message>
        <source>Sign version {version} of the safety plan as {name}? A later change makes a new version.</source>
        <translation>¿Firmar la versión {version} del plan de seguridad como {name}? Un cambio posterior crea una versión nueva.</translation>
    </message>
    <message>
        <source>Case team</source>
        <translation>Equipo del caso</translation>
    </message>
    <message>
        <source>Case team sections</source>
        <translation>Secciones del equipo del caso</translation>
    </message>
    <message>
        <source>Case team message</source>
        <translation>Mensaje del equipo del caso</translation>
    </message>
</context>
<context>
    <name>CaseTeamTabs</name>
    <message>
        <source>Not set yet</source>
        <translation>Sin fijar todavía</translation>
    </message>
    <message>
        <source>{outcome}; offer again {day}</source>
        <translation>{outcome}; volver a ofrecer el {day}</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Sin firmar todavía</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Revoked {day}</source>
        <translation>Revocada el {day}</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Current, until {day}</source>
        <translation>Vigente, hasta el {day}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Comienza el {day}</translation>
    </message>
    <message>
        <source>Expired {day}</source>
        <translation>Venció el {day}</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Addendum to a signed form ({reason}): {text}</source>
        <translation>Adenda a un formulario firmado ({reason}): {text}</translation>
    </message>
    <message>
        <source>MDT</source>
        <translation>MDT</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Case file only (42 CFR Part 2)</source>
        <translation>Solo en el expediente (42 CFR Parte 2)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <source>Service &amp;plan</source>
        <translation>&amp;Plan de servicios</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Agency or service</source>
        <translation>Agencia o servicio</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Fecha de remisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Follow up (who)</source>
        <translation>Seguimiento (quién)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No referrals yet. Add the services the youth is referred to, and follow them up.</source>
        <translation>Todavía no hay remisiones. Agregue los servicios a los que se remite al joven y deles seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Add referral…</source>
        <translation>&amp;Agregar remisión…</translation>
    </message>
    <message>
        <source>&amp;Change referral…</source>
        <translation>Cam&amp;biar remisión…</translation>
    </message>
    <message>
        <source>Re&amp;move referral…</source>
        <translation>Q&amp;uitar remisión…</translation>
    </message>
    <message>
        <source>Sa&amp;fety plan</source>
        <translation>Plan de &amp;seguridad</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Youth took part</source>
        <translation>El joven participó</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>No safety plan yet. Write it with the youth: safe adults, what to do if contacted, supervision, and a return plan.</source>
        <translation>Todavía no hay un plan de seguridad. Escríbalo con el joven: adultos de confianza, qué hacer si lo contactan, supervisión y un plan de regreso.</translation>
    </message>
    <message>
        <source>&amp;Add safety plan…</source>
        <translation>&amp;Agregar plan de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Change safety plan…</source>
        <translation>Cam&amp;biar plan de seguridad…</translation>
    </message>
    <message>
        <source>Re&amp;move safety plan…</source>
        <translation>Q&amp;uitar plan de seguridad…</translation>
    </message>
    <message>
        <source>MDT &amp;members</source>
        <translation>&amp;Miembros del MDT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Chosen by the youth</source>
        <translation>Elegido por el joven</translation>
    </message>
    <message>
        <source>On copies</source>
        <translation>En las copias</translation>
    </message>
    <message>
        <source>No team members yet. Add the people on the youth&apos;s multidisciplinary team.</source>
        <translation>Todavía no hay miembros del equipo. Agregue a las personas del equipo multidisciplinario del joven.</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <source>&amp;Change member…</source>
        <translation>Cam&amp;biar miembro…</translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation>Q&amp;uitar miembro…</translation>
    </message>
    <message>
        <source>MDT m&amp;eetings</source>
        <translation>&amp;Reuniones del MDT</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Sharing basis</source>
        <translation>Base para compartir</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>No meetings recorded yet. After each MDT meeting, add it here: who came, what the youth asked for, decisions and action items, and the basis for sharing information.</source>
        <translation>Todavía no hay reuniones registradas. Después de cada reunión del MDT, agréguela aquí: quiénes asistieron, qué pidió el joven, las decisiones y las acciones, y la base para compartir información.</translation>
    </message>
    <message>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Agregar reunión…</translation>
    </message>
    <message>
        <source>&amp;Change meeting…</source>
        <translation>Cam&amp;biar reunión…</translation>
    </message>
    <message>
        <source>Re&amp;move meeting…</source>
        <translation>Q&amp;uitar reunión…</translation>
    </message>
    <message>
        <source>Re&amp;leases</source>
        <translation>Autori&amp;zaciones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencias</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>No releases or court orders recorded. The MDT&apos;s copy is checked against the current ones.</source>
        <translation>No hay autorizaciones ni órdenes judiciales registradas. La copia del MDT se revisa según las vigentes.</translation>
    </message>
    <message>
        <source>&amp;Add authorization…</source>
        <translation>&amp;Agregar autorización…</translation>
    </message>
    <message>
        <source>&amp;Change authorization…</source>
        <translation>Cam&amp;biar autorización…</translation>
    </message>
    <message>
        <source>Re&amp;move authorization…</source>
        <translation>Q&amp;uitar autorización…</translation>
    </message>
    <message>
        <source>S&amp;tages of change</source>
        <translation>Etapas &amp;de cambio</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Where the youth is</source>
        <translation>Dónde está el joven</translation>
    </message>
    <message>
        <source>What tells you so</source>
        <translation>Qué se lo indica</translation>
    </message>
    <message>
        <source>No stages recorded yet. Note where the youth is, and again as it changes.</source>
        <translation>Todavía no hay etapas registradas. Anote dónde está el joven y vuelva a anotarlo cuando cambie.</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Agregar etapa…</translation>
    </message>
    <message>
        <source>&amp;Change stage…</source>
        <translation>Cam&amp;biar etapa…</translation>
    </message>
    <message>
        <source>Re&amp;move stage…</source>
        <translation>Q&amp;uitar etapa…</translation>
    </message>
    <message>
        <source>En&amp;gagement attempts</source>
        <translation>&amp;Intentos de contacto</translation>
    </message>
    <message>
        <source>Tried on</source>
        <translation>Fecha del intento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contacto logrado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No engagement attempts recorded yet.</source>
        <translation>Todavía no hay intentos de contacto registrados.</translation>
    </message>
    <message>
        <source>&amp;Add attempt…</source>
        <translation>&amp;Agregar intento…</translation>
    </message>
    <message>
        <source>&amp;Change attempt…</source>
        <translation>Cam&amp;biar intento…</translation>
    </message>
    <message>
        <source>Re&amp;move attempt…</source>
        <translation>Q&amp;uitar intento…</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Agregar nota…</translation>
    </message>
    <message>
        <source>&amp;Change note…</source>
        <translation>Cam&amp;biar nota…</translation>
    </message>
    <message>
        <source>Re&amp;move note…</source>
        <translation>Q&amp;uitar nota…</translation>
    </message>
</context>
<context>
    <name>CaseloadAlerts</name>
    <message>
        <source>Danger now</source>
        <translation>Peligro ahora</translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation>Desaparecido/a ahora</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado/a</translation>
    </message>
</context>
<context>
    <name>CaseloadFilter</name>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Overdue duties</source>
        <translation>Deberes vencidos</translation>
    </message>
    <message>
        <source>Due within 24 hours</source>
        <translation>Vencen en 24 horas</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>Borradores abiertos</translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation>Desaparecido/a ahora</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado/a</translation>
    </message>
    <message>
        <source>Due for screening</source>
        <translation>Evaluación pendiente</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Libertad condicional</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name (pronouns)</source>
        <translation>Nombre (pronombres)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Latest outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Next duty due</source>
        <translation>Próxima obligación</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Legal name: {name}</source>
        <translation>Nombre legal: {name}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Buscar en la lista de casos</translation>
    </message>
    <message>
        <source>Name, alias, birth date or case number</source>
        <translation>Nombre, alias, fecha de nacimiento o número de caso</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Add &amp;youth…</source>
        <translation>Agregar &amp;joven…</translation>
    </message>
    <message>
        <source>Add a youth</source>
        <translation>Agregar un joven</translation>
    </message>
    <message>
        <source>Caseload search and sorting</source>
        <translation>Búsqueda y orden de la lista de casos</translation>
    </message>
    <message>
        <source>How many youth are shown</source>
        <translation>Cuántos jóvenes se muestran</translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation>Cargando la lista de casos…</translation>
    </message>
    <message>
        <source>Loading the caseload</source>
        <translation>Cargando la lista de casos</translation>
    </message>
    <message>
        <source>Caseload message</source>
        <translation>Mensaje de la lista de casos</translation>
    </message>
    <message>
        <source>Youth on the caseload</source>
        <translation>Jóvenes en la lista de casos</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} youth</source>
        <translation>Se muestran {shown} de {total} jóvenes</translation>
    </message>
</context>
<context>
    <name>CaseloadWording</name>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
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
    <name>Cosign</name>
    <message>
        <source>That supervisor username and passphrase were not recognised.</source>
        <translation>No se reconocieron ese nombre de usuario y esa frase de contraseña de supervisor(a).</translation>
    </message>
    <message>
        <source>A second person must co-sign: ask a supervisor to sign here.</source>
        <translation>Otra persona debe firmar también: pida a un(a) supervisor(a) que firme aquí.</translation>
    </message>
    <message>
        <source>{name} is not a supervisor; a supervisor must co-sign.</source>
        <translation>{name} no es supervisor(a); debe firmar también un(a) supervisor(a).</translation>
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
    <name>DeadlinesPanel</name>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Vence (hora local)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>due now (immediately; late after {time})</source>
        <translation>vence ahora (de inmediato; atrasada después de las {time})</translation>
    </message>
    <message>
        <source>Youth not on this list</source>
        <translation>Joven que no está en esta lista</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Deadlines summary</source>
        <translation>Resumen de plazos</translation>
    </message>
    <message>
        <source>Open duties, soonest first</source>
        <translation>Obligaciones pendientes, las más próximas primero</translation>
    </message>
    <message>
        <source>No open duties.</source>
        <translation>No hay obligaciones pendientes.</translation>
    </message>
    <message>
        <source>1 open duty: {overdue} overdue, {soon} due within 24 hours.</source>
        <translation>1 obligación pendiente: {overdue} vencidas, {soon} vencen en 24 horas.</translation>
    </message>
    <message>
        <source>{count} open duties: {overdue} overdue, {soon} due within 24 hours.</source>
        <translation>{count} obligaciones pendientes: {overdue} vencidas, {soon} vencen en 24 horas.</translation>
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
    <name>DeviceVault</name>
    <message>
        <source>Sign-in failed. Check the user name and passphrase and try again.</source>
        <translation>No se pudo iniciar sesión. Revise el nombre de usuario y la frase de contraseña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The recovery code was not recognised. Check it against the paper and retry.</source>
        <translation>No se reconoció el código de recuperación. Compárelo con el papel e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault file does not open with the key file beside it: the key file (vault.keys) is an older copy, or the vault file (vault.db) is damaged. Put back the current key file, or restore both files from a backup.</source>
        <translation>El archivo de la bóveda no se abre con el archivo de claves que está a su lado: el archivo de claves (vault.keys) es una copia anterior, o el archivo de la bóveda (vault.db) está dañado. Vuelva a colocar el archivo de claves actual, o restaure ambos archivos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The recovery code resets a supervisor&apos;s passphrase. Give the user name of an active supervisor account; other workers ask a supervisor to reset theirs.</source>
        <translation>El código de recuperación restablece la frase de contraseña de un(a) supervisor(a). Escriba el nombre de usuario de una cuenta de supervisor(a) activa; el resto del personal le pide a un(a) supervisor(a) que restablezca la suya.</translation>
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
    <name>DueLevel</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Vence más adelante</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
</context>
<context>
    <name>DutiesTab</name>
    <message>
        <source>Duty</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <source>Law or protocol</source>
        <translation>Ley o protocolo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done {when} (late)</source>
        <translation>Cumplida el {when} (con atraso)</translation>
    </message>
    <message>
        <source>Done {when}</source>
        <translation>Cumplida el {when}</translation>
    </message>
    <message>
        <source>Not applicable (co-signed by {name})</source>
        <translation>No corresponde (firmado también por {name})</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>Open, {due}</source>
        <translation>Pendiente, {due}</translation>
    </message>
    <message>
        <source>Open, due now (immediately)</source>
        <translation>Pendiente, vence ahora (de inmediato)</translation>
    </message>
    <message>
        <source>{status}; waiting for a supervisor to co-sign &apos;not applicable&apos;</source>
        <translation>{status}; a la espera de que un supervisor firme también «no corresponde»</translation>
    </message>
    <message>
        <source>{status} (started from a draft)</source>
        <translation>{status} (iniciada desde un borrador)</translation>
    </message>
    <message>
        <source>Duties for this youth</source>
        <translation>Obligaciones de este joven</translation>
    </message>
    <message>
        <source>Record as &amp;done…</source>
        <translation>Registrar como c&amp;umplida…</translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation>Registrar como cumplida</translation>
    </message>
    <message>
        <source>Mark not a&amp;pplicable…</source>
        <translation>Marcar que &amp;no corresponde…</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marcar que no corresponde</translation>
    </message>
    <message>
        <source>Deta&amp;ils…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Duty details</source>
        <translation>Detalles de la obligación</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <source>Reopen duty</source>
        <translation>Reabrir la obligación</translation>
    </message>
</context>
<context>
    <name>DutyDetails</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>How: {value}</source>
        <translation>Cómo: {value}</translation>
    </message>
    <message>
        <source>Reference number: {value}</source>
        <translation>Número de referencia: {value}</translation>
    </message>
    <message>
        <source>Agency: {value}</source>
        <translation>Agencia: {value}</translation>
    </message>
    <message>
        <source>Person: {value}</source>
        <translation>Persona: {value}</translation>
    </message>
    <message>
        <source>Why it was late: {value}</source>
        <translation>Por qué se atrasó: {value}</translation>
    </message>
    <message>
        <source>Recorded by: {value}</source>
        <translation>Registrada por: {value}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Done: {when}</source>
        <translation>Cumplida: {when}</translation>
    </message>
    <message>
        <source>someone not recorded</source>
        <translation>alguien no registrado</translation>
    </message>
    <message>
        <source>Marked not applicable by {name}</source>
        <translation>Marcada como que no corresponde por {name}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
    <message>
        <source>From: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>Due: {when}</source>
        <translation>Vence: {when}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Reopened {when} by {name}: {reason}</source>
        <translation>Reabierta el {when} por {name}: {reason}</translation>
    </message>
    <message>
        <source>Before that: {line}</source>
        <translation>Antes: {line}</translation>
    </message>
    <message>
        <source>Duty details</source>
        <translation>Detalles de la obligación</translation>
    </message>
    <message>
        <source>What was recorded for this duty</source>
        <translation>Lo que se registró para esta obligación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Due {when} ({due}). {citation}</source>
        <translation>Vence: {when} ({due}). {citation}</translation>
    </message>
</context>
<context>
    <name>DutyPlanner</name>
    <message>
        <source>{label}: already done on {day}{ref}</source>
        <translation>{label}: ya se hizo el {day}{ref}</translation>
    </message>
    <message>
        <source>{label}: already recorded as not applicable</source>
        <translation>{label}: ya consta como que no corresponde</translation>
    </message>
    <message>
        <source>{label}: already open, due {when}</source>
        <translation>{label}: ya está abierta, vence el {when}</translation>
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
    <name>EmptyState</name>
    <message>
        <source>No youth on this laptop yet</source>
        <translation>Todavía no hay jóvenes en esta computadora</translation>
    </message>
    <message>
        <source>Add the youth you are working with (Ctrl+N). Youth shared with you by another worker appear here once they share them; records from the county arrive with File → Sync.</source>
        <translation>Agregue a los jóvenes con los que trabaja (Ctrl+N). Los jóvenes que otro trabajador comparta con usted aparecen aquí cuando los comparta; los expedientes del condado llegan con Archivo → Sincronizar.</translation>
    </message>
    <message>
        <source>No youth match “{text}”</source>
        <translation>Ningún joven coincide con “{text}”</translation>
    </message>
    <message>
        <source>Check the spelling, or search by another name the youth uses, a birth date (MM/DD/YYYY) or a case number. If the youth is new to you, add them (Ctrl+N).</source>
        <translation>Revise la ortografía o busque por otro nombre que use el joven, una fecha de nacimiento (MM/DD/AAAA) o un número de caso. Si el joven es nuevo para usted, agréguelo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody here: {filter}</source>
        <translation>No hay nadie aquí: {filter}</translation>
    </message>
    <message>
        <source>No youth on this laptop is in this list right now. Choose “Everyone” under Show to see the whole caseload.</source>
        <translation>Ahora mismo ningún joven de esta computadora está en esta lista. Elija “Todos” en Mostrar para ver toda la lista de casos.</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Add a youth…</source>
        <translation>Agregar un joven…</translation>
    </message>
    <message>
        <source>Add a youth</source>
        <translation>Agregar un joven</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <source>Clear the search and show everyone</source>
        <translation>Borrar la búsqueda y mostrar a todos</translation>
    </message>
</context>
<context>
    <name>EncounterSummary</name>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versión {version})</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Información recibida</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completada por</translation>
    </message>
    <message>
        <source>{outcome} (changed from {computed}: {reason})</source>
        <translation>{outcome} (cambiado de {computed}: {reason})</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Completed screening (read-only)</source>
        <translation>Evaluación completada (solo lectura)</translation>
    </message>
    <message>
        <source>Completed screening</source>
        <translation>Evaluación completada</translation>
    </message>
    <message>
        <source>Screening summary</source>
        <translation>Resumen de la evaluación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>EncountersTab</name>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Información recibida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The draft leaves this list and cannot be resumed. Its answers are not erased: the county keeps a record that it was discarded, by you, and why.</source>
        <translation>El borrador sale de esta lista y no se puede retomar. Sus respuestas no se borran: el condado guarda constancia de que usted lo descartó y por qué.</translation>
    </message>
    <message>
        <source>No screenings yet. When you meet the youth, choose “Start screening…” (Alt+S); a completed screening can then be viewed, printed and added to.</source>
        <translation>Todavía no hay evaluaciones. Cuando se reúna con el joven, elija “Iniciar evaluación…” (Alt+I); una evaluación completada se puede ver, imprimir y complementar.</translation>
    </message>
    <message>
        <source>Screenings and assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Start screening…</source>
        <translation>&amp;Iniciar evaluación…</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>Iniciar evaluación</translation>
    </message>
    <message>
        <source>Start &amp;needs assessment…</source>
        <translation>Iniciar evaluación de &amp;necesidades…</translation>
    </message>
    <message>
        <source>Start needs assessment</source>
        <translation>Iniciar evaluación de necesidades</translation>
    </message>
    <message>
        <source>&amp;Resume draft</source>
        <translation>Reto&amp;mar borrador</translation>
    </message>
    <message>
        <source>Resume draft</source>
        <translation>Retomar borrador</translation>
    </message>
    <message>
        <source>D&amp;iscard draft…</source>
        <translation>Desc&amp;artar borrador…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>View completed screening</source>
        <translation>Ver la evaluación completada</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Im&amp;primir resumen…</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>M&amp;ove draft to new version…</source>
        <translation>Pa&amp;sar borrador a versión nueva…</translation>
    </message>
    <message>
        <source>Move draft to new version</source>
        <translation>Pasar el borrador a una versión nueva</translation>
    </message>
    <message>
        <source>Carry this draft&apos;s answers to a newer version of its form</source>
        <translation>Pasar las respuestas de este borrador a una versión más nueva de su formulario</translation>
    </message>
    <message>
        <source>Add adden&amp;dum…</source>
        <translation>Agregar a&amp;denda…</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Agregar una adenda</translation>
    </message>
    <message>
        <source>Screenings message</source>
        <translation>Mensaje de evaluaciones</translation>
    </message>
    <message>
        <source>No screenings yet</source>
        <translation>Todavía no hay evaluaciones</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>{instrument}, started for {started}</source>
        <translation>{instrument}, iniciada para el {started}</translation>
    </message>
    <message>
        <source>This draft already uses the only version of its form.</source>
        <translation>Este borrador ya usa la única versión de su formulario.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The draft now uses version {version}. Not carried over: {lost}.</source>
        <translation>El borrador ahora usa la versión {version}. No se pasaron: {lost}.</translation>
    </message>
    <message>
        <source>Move the draft from version {old} to {new}?</source>
        <translation>¿Pasar el borrador de la versión {old} a la {new}?</translation>
    </message>
    <message>
        <source>1 answer carries over.</source>
        <translation>Se pasa 1 respuesta.</translation>
    </message>
    <message>
        <source>{count} answers carry over.</source>
        <translation>Se pasan {count} respuestas.</translation>
    </message>
    <message>
        <source>These answers cannot be carried and will be left out:</source>
        <translation>Estas respuestas no se pueden pasar y quedarán fuera:</translation>
    </message>
    <message>
        <source>Move this draft?</source>
        <translation>¿Pasar este borrador?</translation>
    </message>
    <message>
        <source>Move draft</source>
        <translation>Pasar borrador</translation>
    </message>
</context>
<context>
    <name>EndStatusDialog</name>
    <message>
        <source>The youth&apos;s status is {level} since {since}. A later screen does not change it; end it here when the team has decided, and say why. The history keeps both.</source>
        <translation>El estado del joven es {level} desde el {since}. Una evaluación posterior no lo cambia; termínelo aquí cuando el equipo lo haya decidido e indique por qué. El historial guarda ambos.</translation>
    </message>
    <message>
        <source>End the exploitation status</source>
        <translation>Terminar el estado de explotación</translation>
    </message>
    <message>
        <source>&amp;End status</source>
        <translation>&amp;Terminar estado</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Why the status ends</source>
        <translation>Por qué termina el estado</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nuevo estado</translation>
    </message>
    <message>
        <source>&amp;Why (required)</source>
        <translation>&amp;Por qué (obligatorio)</translation>
    </message>
    <message>
        <source>Say why this status ends (it is kept in the history).</source>
        <translation>Indique por qué termina este estado (se guarda en el historial).</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Not seeing a need for change yet</source>
        <translation>Aún no ve la necesidad de cambiar</translation>
    </message>
    <message>
        <source>Thinking about change</source>
        <translation>Piensa en cambiar</translation>
    </message>
    <message>
        <source>Getting ready to change</source>
        <translation>Se prepara para cambiar</translation>
    </message>
    <message>
        <source>Making changes</source>
        <translation>Está haciendo cambios</translation>
    </message>
    <message>
        <source>Keeping changes going</source>
        <translation>Mantiene los cambios</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Street or community outreach</source>
        <translation>Alcance en la calle o la comunidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ExploitationStatus</name>
    <message>
        <source>Identified</source>
        <translation>Identificado/a</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>No current concern</source>
        <translation>Sin preocupación actual</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <source>{name} read back differently from what was written</source>
        <translation>{name} se leyó de forma distinta de lo que se escribió</translation>
    </message>
    <message>
        <source>could not write {name} in {folder}: {reason}</source>
        <translation>no se pudo escribir {name} en {folder}: {reason}</translation>
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
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>InstrumentFile</name>
    <message>
        <source>{source}:definition: larger than {limit} bytes</source>
        <translation>{source}:definición: más de {limit} bytes</translation>
    </message>
    <message>
        <source>{source}:definition: not valid JSON (line {line} column {column}: {reason})</source>
        <translation>{source}:definición: no es JSON válido (línea {line}, columna {column}: {reason})</translation>
    </message>
    <message>
        <source>{source}:definition: not valid JSON ({reason})</source>
        <translation>{source}:definición: no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>{source}:definition: not valid JSON (nested too deeply)</source>
        <translation>{source}:definición: no es JSON válido (anidado a demasiada profundidad)</translation>
    </message>
    <message>
        <source>{source}:definition: the file must hold a JSON object</source>
        <translation>{source}:definición: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>{source}:definition: cannot be read ({reason})</source>
        <translation>{source}:definición: no se puede leer ({reason})</translation>
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
    <name>Interpreter</name>
    <message>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <source>Interpreter in person</source>
        <translation>Intérprete en persona</translation>
    </message>
    <message>
        <source>Interpreter by phone</source>
        <translation>Intérprete por teléfono</translation>
    </message>
    <message>
        <source>Interpreter by video</source>
        <translation>Intérprete por video</translation>
    </message>
    <message>
        <source>Interpreter: unknown kind &apos;{mode}&apos; (one of {names}).</source>
        <translation>Intérprete: tipo desconocido &apos;{mode}&apos; (uno de {names}).</translation>
    </message>
    <message>
        <source>Interpreter: a language is given but no interpreter.</source>
        <translation>Intérprete: se indicó un idioma pero no un intérprete.</translation>
    </message>
    <message>
        <source>Interpreter: say which language was interpreted.</source>
        <translation>Intérprete: indique qué idioma se interpretó.</translation>
    </message>
    <message>
        <source>Interpreter: the language name is longer than {n} characters.</source>
        <translation>Intérprete: el nombre del idioma tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Interpreter: choose the language interpreted, not English.</source>
        <translation>Intérprete: elija el idioma que se interpretó, no el inglés.</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Intérprete utilizado</translation>
    </message>
    <message>
        <source>Language interpreted</source>
        <translation>Idioma interpretado</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Otro idioma</translation>
    </message>
    <message>
        <source>Other language interpreted</source>
        <translation>Otro idioma interpretado</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Qué idioma</translation>
    </message>
    <message>
        <source>&amp;Interpreter used</source>
        <translation>&amp;Intérprete utilizado</translation>
    </message>
    <message>
        <source>Lan&amp;guage interpreted</source>
        <translation>Idio&amp;ma interpretado</translation>
    </message>
    <message>
        <source>Ot&amp;her language</source>
        <translation>O&amp;tro idioma</translation>
    </message>
    <message>
        <source>Type the language the interpreter interpreted.</source>
        <translation>Escriba el idioma que interpretó el/la intérprete.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>por video</translation>
    </message>
    <message>
        <source>{kind}, {language}</source>
        <translation>{kind}, {language}</translation>
    </message>
    <message>
        <source>Interpreter message</source>
        <translation>Mensaje sobre el intérprete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Interpreter: {words}</source>
        <translation>Intérprete: {words}</translation>
    </message>
    <message>
        <source>Interpreter used: {words}. Change</source>
        <translation>Intérprete utilizado: {words}. Cambiar</translation>
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
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Cambodian (Khmer)</source>
        <translation>Camboyano (jemer)</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lao</translation>
    </message>
    <message>
        <source>Mien</source>
        <translation>Mien</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
</context>
<context>
    <name>LegalStatus</name>
    <message>
        <source>Dependent (WIC 300)</source>
        <translation>Dependiente (WIC 300)</translation>
    </message>
    <message>
        <source>Ward (WIC 602)</source>
        <translation>Bajo tutela del tribunal (WIC 602)</translation>
    </message>
    <message>
        <source>Dual status (WIC 241.1)</source>
        <translation>Doble estatus (WIC 241.1)</translation>
    </message>
    <message>
        <source>Non-minor dependent (18 to 21)</source>
        <translation>Dependiente no menor de edad (NMD, 18 a 21)</translation>
    </message>
    <message>
        <source>Voluntary or informal</source>
        <translation>Voluntario o informal</translation>
    </message>
    <message>
        <source>Not in care</source>
        <translation>No está bajo cuidado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
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
    <name>Lockout</name>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after {local}, or ask a supervisor to unlock it.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos de inicio de sesión. Inténtelo de nuevo después de las {local}, o pida a un(a) supervisor(a) que la desbloquee.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask a supervisor to unlock it.</source>
        <translation>Esta cuenta está bloqueada por demasiados intentos fallidos de inicio de sesión. Pida a un(a) supervisor(a) que la desbloquee.</translation>
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
        <translation>Cuen&amp;tas</translation>
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
    <name>MdtMeeting</name>
    <message>
        <source>Initial or crisis</source>
        <translation>Inicial o de crisis</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>De seguimiento</translation>
    </message>
    <message>
        <source>Combined with a Child and Family Team (CFT) meeting</source>
        <translation>Combinada con una reunión del Equipo de Niño y Familia (CFT)</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>De transición</translation>
    </message>
    <message>
        <source>WIC 18961.7 (within 30 days of a report)</source>
        <translation>WIC 18961.7 (dentro de los 30 días de un reporte)</translation>
    </message>
    <message>
        <source>WIC 830 / county MDT protocol</source>
        <translation>WIC 830 / protocolo MDT del condado</translation>
    </message>
    <message>
        <source>Authorization on file (release or court order)</source>
        <translation>Autorización en el expediente (divulgación u orden judicial)</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Libertad condicional</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Salud pública</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Fuerzas del orden</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Community advocate</source>
        <translation>Defensor(a) comunitario/a</translation>
    </message>
    <message>
        <source>Survivor mentor</source>
        <translation>Mentor(a) sobreviviente</translation>
    </message>
    <message>
        <source>{basis} — as recorded: {note}</source>
        <translation>{basis} — según lo registrado: {note}</translation>
    </message>
    <message>
        <source>WIC 18961.7 allows sharing for 30 days after a report: record the report&apos;s date so the window can be checked.</source>
        <translation>WIC 18961.7 permite compartir información durante 30 días después de un reporte: registre la fecha del reporte para poder verificar el plazo.</translation>
    </message>
    <message>
        <source>This meeting is {days} days after the report. WIC 18961.7 allows sharing for {limit} days unless there is good cause: record the good cause, or choose WIC 830 / the county protocol or an authorization on file.</source>
        <translation>Esta reunión es {days} días después del reporte. WIC 18961.7 permite compartir información durante {limit} días salvo causa justificada: registre la causa justificada, o elija WIC 830 / el protocolo del condado o una autorización en el expediente.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>MDT meeting</source>
        <translation>Reunión del MDT</translation>
    </message>
    <message>
        <source>Change MDT meeting</source>
        <translation>Cambiar reunión del MDT</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Fecha de la reunión</translation>
    </message>
    <message>
        <source>&amp;Time (HH:MM)</source>
        <translation>&amp;Hora (HH:MM)</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>T&amp;ype of meeting</source>
        <translation>&amp;Tipo de reunión</translation>
    </message>
    <message>
        <source>Team members who came</source>
        <translation>Miembros del equipo que asistieron</translation>
    </message>
    <message>
        <source>Team &amp;members who came</source>
        <translation>&amp;Miembros del equipo que asistieron</translation>
    </message>
    <message>
        <source>&amp;Others who came (commas)</source>
        <translation>&amp;Otras personas que asistieron (separadas por comas)</translation>
    </message>
    <message>
        <source>The &amp;youth took part</source>
        <translation>El &amp;joven participó</translation>
    </message>
    <message>
        <source>What the youth as&amp;ked for</source>
        <translation>Lo que &amp;pidió el joven</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;cción</translation>
    </message>
    <message>
        <source>Action o&amp;wner</source>
        <translation>&amp;Responsable de la acción</translation>
    </message>
    <message>
        <source>Action d&amp;ue on</source>
        <translation>La acción v&amp;ence el</translation>
    </message>
    <message>
        <source>Actions added</source>
        <translation>Acciones agregadas</translation>
    </message>
    <message>
        <source>Add this action</source>
        <translation>Agregar esta acción</translation>
    </message>
    <message>
        <source>Remove selected action</source>
        <translation>Quitar la acción seleccionada</translation>
    </message>
    <message>
        <source>A filled-in action not yet added is added when you save.</source>
        <translation>Una acción completada que todavía no se agregó se agrega al guardar.</translation>
    </message>
    <message>
        <source>The action you started is not complete: {problem}</source>
        <translation>La acción que empezó no está completa: {problem}</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Next meeting on</source>
        <translation>Pró&amp;xima reunión el</translation>
    </message>
    <message>
        <source>Choose the basis…</source>
        <translation>Elija la base…</translation>
    </message>
    <message>
        <source>Information-sharing basis</source>
        <translation>Base para compartir información</translation>
    </message>
    <message>
        <source>Information-sharing &amp;basis</source>
        <translation>&amp;Base para compartir información</translation>
    </message>
    <message>
        <source>Sharing-basis warning</source>
        <translation>Aviso sobre la base para compartir</translation>
    </message>
    <message>
        <source>Date of the re&amp;port</source>
        <translation>Fecha del &amp;informe</translation>
    </message>
    <message>
        <source>&amp;Good cause to keep sharing</source>
        <translation>Causa justificada para se&amp;guir compartiendo</translation>
    </message>
    <message>
        <source>Action due on: type the date it is due.</source>
        <translation>La acción vence el: escriba la fecha en que vence.</translation>
    </message>
    <message>
        <source>Say what is to be done, who does it and by when, then add it.</source>
        <translation>Indique qué hay que hacer, quién lo hace y para cuándo, y luego agréguelo.</translation>
    </message>
    <message>
        <source>Time: type it as hours and minutes, for example 14:30.</source>
        <translation>Hora: escríbala en horas y minutos, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>Held on: {day} has not come yet. Record a meeting once it has been held; a planned one goes in “Next meeting on” of the last meeting.</source>
        <translation>Fecha de la reunión: el {day} todavía no ha llegado. Registre una reunión cuando ya se haya hecho; una reunión planeada va en “Próxima reunión el” de la última reunión.</translation>
    </message>
    <message>
        <source>Information-sharing basis: choose one from the list.</source>
        <translation>Base para compartir información: elija una de la lista.</translation>
    </message>
    <message>
        <source>{action} — {owner}, due {day}</source>
        <translation>{action} — {owner}, vence el {day}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>MDT member</source>
        <translation>Miembro del MDT</translation>
    </message>
    <message>
        <source>Change MDT member</source>
        <translation>Cambiar miembro del MDT</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Agencia</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>&amp;Disciplina</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Chosen by the &amp;youth (for example a survivor mentor or trusted adult)</source>
        <translation>Elegido por el &amp;joven (p. ej., mentor sobreviviente o adulto de confianza)</translation>
    </message>
    <message>
        <source>Which printed copies may show this person:</source>
        <translation>Qué copias impresas pueden mostrar a esta persona:</translation>
    </message>
    <message>
        <source>&amp;Described as</source>
        <translation>Descri&amp;to como</translation>
    </message>
    <message>
        <source>How the youth&apos;s and caregiver&apos;s copies describe them, in neutral words</source>
        <translation>Cómo lo describen las copias del joven y del cuidador, con palabras neutrales</translation>
    </message>
    <message>
        <source>In neutral words, e.g. “helps you with school”</source>
        <translation>Con palabras neutrales, p. ej. “te ayuda con la escuela”</translation>
    </message>
    <message>
        <source>The youth&apos;s and caregiver&apos;s copies print this, never the role.</source>
        <translation>Las copias del joven y del cuidador imprimen esto, nunca la función.</translation>
    </message>
    <message>
        <source>The youth&apos;s copy never lists a law-enforcement contact: someone who finds it could learn the youth spoke to the police.</source>
        <translation>La copia del joven nunca incluye un contacto de las fuerzas del orden: alguien que la encuentre podría saber que el joven habló con la policía.</translation>
    </message>
    <message>
        <source>The youth&apos;s copy lists only people the youth chose.</source>
        <translation>La copia del joven incluye solo a las personas que el joven eligió.</translation>
    </message>
    <message>
        <source>The caregiver&apos;s sheet never lists a law-enforcement role.</source>
        <translation>La hoja del cuidador nunca incluye una función de las fuerzas del orden.</translation>
    </message>
    <message>
        <source>The caregiver&apos;s sheet never lists an advocate role.</source>
        <translation>La hoja del cuidador nunca incluye una función de defensor.</translation>
    </message>
</context>
<context>
    <name>MissingEpisodeDialog</name>
    <message>
        <source>A youth missing from care must be reported to law enforcement (for NCIC) and to NCMEC within 24 hours of when you learned of it, and parents or guardians, the tribe and local law enforcement told (AB 2108). The clocks below run from the time you learned of it.</source>
        <translation>La desaparición de un joven del sistema de cuidado se debe informar a las fuerzas del orden (para el NCIC) y al NCMEC dentro de las 24 horas desde que usted se enteró, y avisar a los padres o tutores, a la tribu y a las fuerzas del orden locales (AB 2108). Los plazos de abajo cuentan desde que usted se enteró.</translation>
    </message>
    <message>
        <source>Missing episode</source>
        <translation>Episodio de desaparición</translation>
    </message>
    <message>
        <source>Learned missing at</source>
        <translation>Se supo de la desaparición el</translation>
    </message>
    <message>
        <source>Save the &amp;time learned</source>
        <translation>Guardar la &amp;hora en que se supo</translation>
    </message>
    <message>
        <source>Save the time learned</source>
        <translation>Guardar la hora en que se supo</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quién se avisó</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>Se avisó el</translation>
    </message>
    <message>
        <source>Report or case number</source>
        <translation>Número de informe o de caso</translation>
    </message>
    <message>
        <source>Record &amp;notice</source>
        <translation>Registrar &amp;aviso</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>Registrar aviso</translation>
    </message>
    <message>
        <source>Notices recorded</source>
        <translation>Avisos registrados</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>Localizado el</translation>
    </message>
    <message>
        <source>Where the youth was located</source>
        <translation>Dónde se localizó al joven</translation>
    </message>
    <message>
        <source>Located by</source>
        <translation>Localizado por</translation>
    </message>
    <message>
        <source>Record l&amp;ocated</source>
        <translation>Registrar &amp;localización</translation>
    </message>
    <message>
        <source>Record located</source>
        <translation>Registrar localización</translation>
    </message>
    <message>
        <source>Missing episode message</source>
        <translation>Mensaje del episodio de desaparición</translation>
    </message>
    <message>
        <source>&amp;Learned missing at</source>
        <translation>&amp;Se supo de la desaparición el</translation>
    </message>
    <message>
        <source>Notices made</source>
        <translation>Avisos hechos</translation>
    </message>
    <message>
        <source>&amp;Who was told</source>
        <translation>A &amp;quién se avisó</translation>
    </message>
    <message>
        <source>Told &amp;at</source>
        <translation>Se avisó &amp;el</translation>
    </message>
    <message>
        <source>Report or case n&amp;umber</source>
        <translation>&amp;Número de informe o de caso</translation>
    </message>
    <message>
        <source>Youth located</source>
        <translation>Joven localizado</translation>
    </message>
    <message>
        <source>Located at (dat&amp;e)</source>
        <translation>Localizado el (&amp;fecha)</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Located &amp;by</source>
        <translation>Localizado &amp;por</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Youth located {when}</source>
        <translation>Joven localizado el {when}</translation>
    </message>
    <message>
        <source>Saved. The 24-hour duties now run from the time you learned of it.</source>
        <translation>Guardado. Las obligaciones de 24 horas ahora cuentan desde que usted se enteró.</translation>
    </message>
    <message>
        <source>Notice recorded.</source>
        <translation>Aviso registrado.</translation>
    </message>
    <message>
        <source>Located recorded. Tell law enforcement and NCMEC, and debrief the youth.</source>
        <translation>Localización registrada. Avise a las fuerzas del orden y al NCMEC, y hable con el joven sobre lo sucedido.</translation>
    </message>
</context>
<context>
    <name>MissingEpisodes</name>
    <message>
        <source>Law enforcement (NCIC entry; report number)</source>
        <translation>Fuerzas del orden (registro en NCIC; número de reporte)</translation>
    </message>
    <message>
        <source>NCMEC (case number)</source>
        <translation>NCMEC (número de caso)</translation>
    </message>
    <message>
        <source>Parents or guardians</source>
        <translation>Padres o tutores legales</translation>
    </message>
    <message>
        <source>Indian custodian and tribe</source>
        <translation>Custodio indígena y tribu</translation>
    </message>
    <message>
        <source>The youth&apos;s attorney</source>
        <translation>El/la abogado/a del/de la joven</translation>
    </message>
    <message>
        <source>CASA and the court (as county policy says)</source>
        <translation>CASA y el tribunal (según la política del condado)</translation>
    </message>
    <message>
        <source>Law enforcement: youth located</source>
        <translation>Fuerzas del orden: joven localizado/a</translation>
    </message>
    <message>
        <source>NCMEC: youth located</source>
        <translation>NCMEC: joven localizado/a</translation>
    </message>
    <message>
        <source>when you learned the youth was missing</source>
        <translation>cuándo supo que el/la joven estaba desaparecido/a</translation>
    </message>
    <message>
        <source>when the notice was made</source>
        <translation>cuándo se hizo el aviso</translation>
    </message>
    <message>
        <source>when the youth was located</source>
        <translation>cuándo se localizó al/a la joven</translation>
    </message>
    <message>
        <source>Give the time zone of {what}.</source>
        <translation>Indique la zona horaria de {what}.</translation>
    </message>
    <message>
        <source>The time of {what} is later than now. Check the date and time.</source>
        <translation>La hora de {what} es posterior a ahora. Revise la fecha y la hora.</translation>
    </message>
    <message>
        <source>The youth cannot be located before you learned they were missing ({learned}). Check the date and time, or correct when you learned of it.</source>
        <translation>No se puede localizar al/a la joven antes de que usted supiera que estaba desaparecido/a ({learned}). Revise la fecha y la hora, o corrija cuándo lo supo.</translation>
    </message>
    <message>
        <source>A notice cannot be made before you learned the youth was missing ({learned}). Check the date and time, or correct when you learned of it.</source>
        <translation>No se puede registrar un aviso antes de que usted supiera que el/la joven estaba desaparecido/a ({learned}). Revise la fecha y la hora, o corrija cuándo se enteró.</translation>
    </message>
    <message>
        <source>You cannot have learned the youth was missing after they were located ({located}). Check the date and time.</source>
        <translation>No es posible que usted supiera que el/la joven estaba desaparecido/a después de que se le localizó ({located}). Revise la fecha y la hora.</translation>
    </message>
    <message>
        <source>{party} was already recorded as told {when}{ref}. The first notice is kept as recorded.</source>
        <translation>{party} ya consta como avisado/a el {when}{ref}. Se conserva el primer aviso tal como se registró.</translation>
    </message>
    <message>
        <source>A located notice cannot be made before the youth was located ({located}). Check the date and time.</source>
        <translation>No se puede registrar un aviso de localización antes de que se localizara al/a la joven ({located}). Revise la fecha y la hora.</translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Poner frase de contraseña</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>Mark a duty as not applicable</source>
        <translation>Marcar que una obligación no corresponde</translation>
    </message>
    <message>
        <source>&amp;Mark not applicable</source>
        <translation>&amp;Marcar que no corresponde</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Por qué no corresponde</translation>
    </message>
    <message>
        <source>&amp;Why it does not apply</source>
        <translation>&amp;Por qué no corresponde</translation>
    </message>
    <message>
        <source>Say why this duty does not apply.</source>
        <translation>Indique por qué no corresponde esta obligación.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Case note</source>
        <translation>Nota del caso</translation>
    </message>
    <message>
        <source>Change case note</source>
        <translation>Cambiar nota del caso</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Which printed copies may show this note:</source>
        <translation>Qué copias impresas pueden mostrar esta nota:</translation>
    </message>
    <message>
        <source>Unticked, the note stays private to the case file.</source>
        <translation>Sin marcar, la nota queda privada en el expediente.</translation>
    </message>
    <message>
        <source>Holds information &amp;received from a substance-use treatment program</source>
        <translation>Contiene información &amp;recibida de un programa de tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <source>Such a note stays in the case file only (42 CFR Part 2).</source>
        <translation>Una nota así queda solo en el expediente (42 CFR Parte 2).</translation>
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
    <name>PdfPassword</name>
    <message>
        <source>the PDF password must be at least {count} characters</source>
        <translation>la contraseña del PDF debe tener al menos {count} caracteres</translation>
    </message>
</context>
<context>
    <name>PlacementType</name>
    <message>
        <source>Resource family home</source>
        <translation>Hogar de familia de recurso</translation>
    </message>
    <message>
        <source>Relative or non-relative extended family member</source>
        <translation>Pariente o familiar extendido no pariente (NREFM)</translation>
    </message>
    <message>
        <source>STRTP (short-term residential therapeutic program)</source>
        <translation>STRTP (programa terapéutico residencial de corto plazo)</translation>
    </message>
    <message>
        <source>Group home</source>
        <translation>Hogar grupal</translation>
    </message>
    <message>
        <source>Transitional housing (THP)</source>
        <translation>Vivienda de transición (THP)</translation>
    </message>
    <message>
        <source>Juvenile hall or camp</source>
        <translation>Centro de detención juvenil o campamento</translation>
    </message>
    <message>
        <source>Home of parent</source>
        <translation>Hogar del padre o la madre</translation>
    </message>
    <message>
        <source>No placement</source>
        <translation>Sin colocación</translation>
    </message>
</context>
<context>
    <name>PolicyProblems</name>
    <message>
        <source>county policy: decision point &apos;{point}&apos; ({label}) offers instrument &apos;{instrument}&apos;, which is not available on this laptop (install it, or correct the policy)</source>
        <translation>política del condado: el punto de decisión &apos;{point}&apos; ({label}) ofrece el instrumento &apos;{instrument}&apos;, que no está disponible en esta computadora portátil (instálelo o corrija la política)</translation>
    </message>
    <message>
        <source>county policy: duty &apos;{duty}&apos;: band &apos;{band}&apos; is not a band of any offered instrument</source>
        <translation>política del condado: tarea &apos;{duty}&apos;: el nivel &apos;{band}&apos; no es un nivel de ningún instrumento ofrecido</translation>
    </message>
    <message>
        <source>duty &apos;{duty}&apos;: rule &apos;{rule}&apos; is not a rule of any offered instrument</source>
        <translation>tarea &apos;{duty}&apos;: la regla &apos;{rule}&apos; no es una regla de ningún instrumento ofrecido</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicate</name>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>name matches an alias</source>
        <translation>el nombre coincide con un alias</translation>
    </message>
    <message>
        <source>first and last names swapped</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <source>same name in another order or spacing</source>
        <translation>mismo nombre en otro orden o con otro espaciado</translation>
    </message>
    <message>
        <source>same name with a familiar form of the first name</source>
        <translation>mismo nombre con una forma familiar del nombre de pila</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>birth date not recorded on one of them</source>
        <translation>fecha de nacimiento sin registrar en uno de ellos</translation>
    </message>
    <message>
        <source>{names}, {birth}</source>
        <translation>{names}, {birth}</translation>
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
    <name>ProfileDialog</name>
    <message>
        <source>This youth may already be on this laptop. Open the existing record, or add a new youth if you are sure this is someone else. Records are never merged.</source>
        <translation>Es posible que este joven ya esté en esta computadora. Abra el expediente existente, o agregue un joven nuevo si está seguro de que es otra persona. Los expedientes nunca se combinan.</translation>
    </message>
    <message>
        <source>birth date not known</source>
        <translation>fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>no case number</source>
        <translation>sin número de caso</translation>
    </message>
    <message>
        <source>Legal name {legal} · born {born} · {cases}</source>
        <translation>Nombre legal {legal} · nació el {born} · {cases}</translation>
    </message>
    <message>
        <source>Edit youth profile</source>
        <translation>Editar el perfil del joven</translation>
    </message>
    <message>
        <source>Add a youth</source>
        <translation>Agregar un joven</translation>
    </message>
    <message>
        <source>Profile message</source>
        <translation>Mensaje del perfil</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Add &amp;youth</source>
        <translation>Agregar &amp;joven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Abrir el expediente existente</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Abrir el expediente existente</translation>
    </message>
    <message>
        <source>Add any&amp;way</source>
        <translation>Agregar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Add as a new youth anyway</source>
        <translation>Agregar como joven nuevo de todos modos</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>Otro idioma</translation>
    </message>
    <message>
        <source>legal first name</source>
        <translation>nombre legal</translation>
    </message>
    <message>
        <source>legal last name</source>
        <translation>apellido legal</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>idioma preferido</translation>
    </message>
    <message>
        <source>race or ethnicity</source>
        <translation>raza u origen étnico</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>case numbers</source>
        <translation>números de caso</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronombres</translation>
    </message>
    <message>
        <source>Legal first name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Legal middle name</source>
        <translation>Segundo nombre legal</translation>
    </message>
    <message>
        <source>Legal last name</source>
        <translation>Apellido legal</translation>
    </message>
    <message>
        <source>Chosen name</source>
        <translation>Nombre elegido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Sho&amp;w on the caregiver&apos;s sheet (the youth agrees)</source>
        <translation>&amp;Mostrar en la hoja del cuidador (el joven está de acuerdo)</translation>
    </message>
    <message>
        <source>The youth agrees the caregiver&apos;s sheet may show the chosen name and pronouns</source>
        <translation>El joven está de acuerdo en que la hoja del cuidador muestre el nombre elegido y los pronombres</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Alias, uno por línea</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Not known (leave empty if the birth date is not known)</source>
        <translation>Desconocida (déjela vacía si no se sabe la fecha de nacimiento)</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Gender for county breakdowns</source>
        <translation>Género para los desgloses del condado</translation>
    </message>
    <message>
        <source>Race or ethnicity, as the youth gives it (all that apply)</source>
        <translation>Raza u origen étnico, como lo indica el joven (todos los que correspondan)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Other preferred language</source>
        <translation>Otro idioma preferido</translation>
    </message>
    <message>
        <source>Which language</source>
        <translation>Qué idioma</translation>
    </message>
    <message>
        <source>Tribal affiliation</source>
        <translation>Afiliación tribal</translation>
    </message>
    <message>
        <source>ICWA status</source>
        <translation>Situación según ICWA</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Case numbers, one per line</source>
        <translation>Números de caso, uno por línea</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Colocación</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Situación legal</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Tipo de colocación</translation>
    </message>
    <message>
        <source>In &amp;care (placed by the county)</source>
        <translation>En el sistema de &amp;cuidado (colocado por el condado)</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En el sistema de cuidado</translation>
    </message>
    <message>
        <source>&amp;Missing now</source>
        <translation>&amp;Desaparecido/a ahora</translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation>Desaparecido/a ahora</translation>
    </message>
    <message>
        <source>Legal &amp;first name</source>
        <translation>&amp;Nombre legal</translation>
    </message>
    <message>
        <source>Legal mi&amp;ddle name</source>
        <translation>&amp;Segundo nombre legal</translation>
    </message>
    <message>
        <source>Legal &amp;last name</source>
        <translation>&amp;Apellido legal</translation>
    </message>
    <message>
        <source>C&amp;hosen name</source>
        <translation>Nombre &amp;elegido</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>&amp;Aliases (one per line)</source>
        <translation>A&amp;lias (uno por línea)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>&amp;Identidad de género</translation>
    </message>
    <message>
        <source>Gender for county brea&amp;kdowns</source>
        <translation>&amp;Género para los desgloses del condado</translation>
    </message>
    <message>
        <source>Race or ethnicity, as the youth gi&amp;ves it</source>
        <translation>&amp;Raza u origen étnico, como lo indica el joven</translation>
    </message>
    <message>
        <source>P&amp;referred language</source>
        <translation>Idi&amp;oma preferido</translation>
    </message>
    <message>
        <source>&amp;Tribal affiliation</source>
        <translation>Afiliación &amp;tribal</translation>
    </message>
    <message>
        <source>&amp;ICWA status</source>
        <translation>Situación según I&amp;CWA</translation>
    </message>
    <message>
        <source>Ag&amp;ency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>Case n&amp;umbers (one per line)</source>
        <translation>Números de caso (&amp;uno por línea)</translation>
    </message>
    <message>
        <source>Legal status (WIC secti&amp;on)</source>
        <translation>Situación legal (sección del &amp;WIC)</translation>
    </message>
    <message>
        <source>Placement t&amp;ype</source>
        <translation>Tip&amp;o de colocación</translation>
    </message>
    <message>
        <source>Placeme&amp;nt</source>
        <translation>Co&amp;locación</translation>
    </message>
    <message>
        <source>Type the youth&apos;s legal first name.</source>
        <translation>Escriba el nombre legal del joven.</translation>
    </message>
    <message>
        <source>Type the youth&apos;s legal last name.</source>
        <translation>Escriba el apellido legal del joven.</translation>
    </message>
    <message>
        <source>Type the youth&apos;s preferred language.</source>
        <translation>Escriba el idioma preferido del joven.</translation>
    </message>
    <message>
        <source>Check the {field}: {problem}.</source>
        <translation>Revise el campo {field}: {problem}.</translation>
    </message>
</context>
<context>
    <name>RecordDutyDialog</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Online report form</source>
        <translation>Formulario de informe en línea</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Record a duty as done</source>
        <translation>Registrar una obligación como cumplida</translation>
    </message>
    <message>
        <source>&amp;Record as done</source>
        <translation>&amp;Registrar como cumplida</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Cumplida el</translation>
    </message>
    <message>
        <source>Choose or type how it was done</source>
        <translation>Elija o escriba cómo se cumplió</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Cómo se cumplió</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Why it was late</source>
        <translation>Por qué se atrasó</translation>
    </message>
    <message>
        <source>Done &amp;at</source>
        <translation>Cumplida &amp;el</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>Reference &amp;number</source>
        <translation>&amp;Número de referencia</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Why it was &amp;late (required)</source>
        <translation>Por qué se &amp;atrasó (obligatorio)</translation>
    </message>
    <message>
        <source>This is after the due time.</source>
        <translation>Esto es después de la hora en que vencía.</translation>
    </message>
    <message>
        <source>This is after the due time (late by {span}).</source>
        <translation>Esto es después de la hora en que vencía (con {span} de atraso).</translation>
    </message>
    <message>
        <source>Say how the duty was done (for example: phone report).</source>
        <translation>Indique cómo se cumplió la obligación (por ejemplo: reporte telefónico).</translation>
    </message>
    <message>
        <source>This was done after it was due; add the reason it was late.</source>
        <translation>Esto se cumplió después del vencimiento; agregue el motivo del atraso.</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>Planned</source>
        <translation>Planeada</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <source>Connected to the service</source>
        <translation>Conectado con el servicio</translation>
    </message>
    <message>
        <source>Declined by the youth</source>
        <translation>Rechazada por el joven</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Todavía no se le preguntó</translation>
    </message>
    <message>
        <source>Yes, the youth agreed</source>
        <translation>Sí, el joven estuvo de acuerdo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Change referral</source>
        <translation>Cambiar remisión</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Choose the need…</source>
        <translation>Elija la necesidad…</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Necesidad</translation>
    </message>
    <message>
        <source>&amp;Agency or service</source>
        <translation>&amp;Agencia o servicio</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>&amp;Fecha de remisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Who follows it up</source>
        <translation>&amp;Quién le da seguimiento</translation>
    </message>
    <message>
        <source>The worker or team member who checks it happened</source>
        <translation>El trabajador o miembro del equipo que verifica que se hizo</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>Seguimiento e&amp;l</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>The youth agreed</source>
        <translation>El joven estuvo de acuerdo</translation>
    </message>
    <message>
        <source>The youth a&amp;greed</source>
        <translation>El &amp;joven estuvo de acuerdo</translation>
    </message>
    <message>
        <source>Offer aga&amp;in on</source>
        <translation>Volver a &amp;ofrecer el</translation>
    </message>
    <message>
        <source>The follow-up, and a new offer after the youth declines, appear on the Deadlines panel on their day. A “no” today is not a closed door.</source>
        <translation>El seguimiento, y una nueva oferta después de que el joven la rechace, aparecen en el panel de Plazos en su día. Un “no” hoy no es una puerta cerrada.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Who follows it up: name the worker or team member who checks the referral happened on the follow-up date.</source>
        <translation>Quién le da seguimiento: indique el trabajador o miembro del equipo que verifica en la fecha de seguimiento que la remisión se hizo.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>It will no longer show in the case team lists or on printed copies. Nothing is erased: the county keeps a record that it was removed, by you, and why.</source>
        <translation>Ya no aparecerá en las listas del equipo del caso ni en las copias impresas. No se borra nada: el condado guarda constancia de que usted lo quitó y por qué.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>¿Descartar este borrador?</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>The draft to discard</source>
        <translation>El borrador que se descarta</translation>
    </message>
    <message>
        <source>Why it is removed</source>
        <translation>Por qué se quita</translation>
    </message>
    <message>
        <source>&amp;Why it is removed (required)</source>
        <translation>&amp;Por qué se quita (obligatorio)</translation>
    </message>
    <message>
        <source>Say why it is removed (for example: in error).</source>
        <translation>Indique por qué se quita (por ejemplo: por error).</translation>
    </message>
    <message>
        <source>Why it is discarded</source>
        <translation>Por qué se descarta</translation>
    </message>
    <message>
        <source>&amp;Why it is discarded (required)</source>
        <translation>&amp;Por qué se descarta (obligatorio)</translation>
    </message>
    <message>
        <source>Say why it is discarded (for example: in error).</source>
        <translation>Indique por qué se descarta (por ejemplo: por error).</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Mensaje al quitar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove this referral?</source>
        <translation>¿Quitar esta remisión?</translation>
    </message>
    <message>
        <source>&amp;Remove referral</source>
        <translation>&amp;Quitar remisión</translation>
    </message>
    <message>
        <source>The referral to remove</source>
        <translation>La remisión que se quita</translation>
    </message>
    <message>
        <source>Remove this safety plan?</source>
        <translation>¿Quitar este plan de seguridad?</translation>
    </message>
    <message>
        <source>&amp;Remove safety plan</source>
        <translation>&amp;Quitar plan de seguridad</translation>
    </message>
    <message>
        <source>The safety plan to remove</source>
        <translation>El plan de seguridad que se quita</translation>
    </message>
    <message>
        <source>Remove this member?</source>
        <translation>¿Quitar este miembro?</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <source>The member to remove</source>
        <translation>El miembro que se quita</translation>
    </message>
    <message>
        <source>Remove this meeting?</source>
        <translation>¿Quitar esta reunión?</translation>
    </message>
    <message>
        <source>&amp;Remove meeting</source>
        <translation>&amp;Quitar reunión</translation>
    </message>
    <message>
        <source>The meeting to remove</source>
        <translation>La reunión que se quita</translation>
    </message>
    <message>
        <source>Remove this authorization?</source>
        <translation>¿Quitar esta autorización?</translation>
    </message>
    <message>
        <source>&amp;Remove authorization</source>
        <translation>&amp;Quitar autorización</translation>
    </message>
    <message>
        <source>The authorization to remove</source>
        <translation>La autorización que se quita</translation>
    </message>
    <message>
        <source>Remove this stage?</source>
        <translation>¿Quitar esta etapa?</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Quitar etapa</translation>
    </message>
    <message>
        <source>The stage to remove</source>
        <translation>La etapa que se quita</translation>
    </message>
    <message>
        <source>Remove this attempt?</source>
        <translation>¿Quitar este intento?</translation>
    </message>
    <message>
        <source>&amp;Remove attempt</source>
        <translation>&amp;Quitar intento</translation>
    </message>
    <message>
        <source>The attempt to remove</source>
        <translation>El intento que se quita</translation>
    </message>
    <message>
        <source>Remove this note?</source>
        <translation>¿Quitar esta nota?</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>&amp;Quitar nota</translation>
    </message>
    <message>
        <source>The note to remove</source>
        <translation>La nota que se quita</translation>
    </message>
</context>
<context>
    <name>ReopenDutyDialog</name>
    <message>
        <source>Reopen a duty</source>
        <translation>Reabrir una obligación</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>What was recorded is kept in the duty&apos;s history; it counts as open again.</source>
        <translation>Lo registrado se guarda en el historial de la obligación; vuelve a contar como pendiente.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Por qué se reabre</translation>
    </message>
    <message>
        <source>&amp;Why it is reopened (required)</source>
        <translation>&amp;Por qué se reabre (obligatorio)</translation>
    </message>
    <message>
        <source>Say why this duty is reopened.</source>
        <translation>Indique por qué se reabre esta obligación.</translation>
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
    <name>SafetyPlan</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Social-media handle</source>
        <translation>Usuario en redes sociales</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Case file only: who and what to watch for, and the code word, never print on the MDT&apos;s, the caregiver&apos;s or the youth&apos;s copy.</source>
        <translation>Solo para el expediente: a quién y qué vigilar, y la palabra clave, nunca se imprimen en la copia del MDT, del cuidador ni del joven.</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Safety plan, version {number}</source>
        <translation>Plan de seguridad, versión {number}</translation>
    </message>
    <message>
        <source>Signed by {name}. Saving a change makes version {number}, to be signed again.</source>
        <translation>Firmado por {name}. Guardar un cambio crea la versión {number}, que se debe firmar de nuevo.</translation>
    </message>
    <message>
        <source>Kind of detail</source>
        <translation>Tipo de dato</translation>
    </message>
    <message>
        <source>&amp;Kind of detail</source>
        <translation>&amp;Tipo de dato</translation>
    </message>
    <message>
        <source>Detail (case file &amp;only)</source>
        <translation>Dato (&amp;solo para el expediente)</translation>
    </message>
    <message>
        <source>Details added</source>
        <translation>Datos agregados</translation>
    </message>
    <message>
        <source>Add this detail</source>
        <translation>Agregar este dato</translation>
    </message>
    <message>
        <source>Remove selected detail</source>
        <translation>Quitar el dato seleccionado</translation>
    </message>
    <message>
        <source>A filled-in detail not yet added is added when you save.</source>
        <translation>Un dato completado que todavía no se agregó se agrega al guardar.</translation>
    </message>
    <message>
        <source>The detail you started is not complete: {problem}</source>
        <translation>El dato que empezó no está completo: {problem}</translation>
    </message>
    <message>
        <source>Who and what to watch for</source>
        <translation>A quién y qué vigilar</translation>
    </message>
    <message>
        <source>Code &amp;word (case file only)</source>
        <translation>&amp;Palabra clave (solo para el expediente)</translation>
    </message>
    <message>
        <source>Safe &amp;adults (commas)</source>
        <translation>&amp;Adultos de confianza (separados por comas)</translation>
    </message>
    <message>
        <source>The &amp;youth took part in making this plan</source>
        <translation>El &amp;joven participó en hacer este plan</translation>
    </message>
    <message>
        <source>How the youth took part</source>
        <translation>Cómo participó el joven</translation>
    </message>
    <message>
        <source>In the youth&apos;s words, what they chose or asked</source>
        <translation>En palabras del joven, lo que eligió o pidió</translation>
    </message>
    <message>
        <source>Type the name, number, vehicle or handle, then add it.</source>
        <translation>Escriba el nombre, número, vehículo o usuario, y luego agréguelo.</translation>
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
    <name>ServiceChange</name>
    <message>
        <source>(none: bundles as files only)</source>
        <translation>(ninguno: paquetes solo como archivos)</translation>
    </message>
    <message>
        <source>Address: {old} -&gt; {new}</source>
        <translation>Dirección: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Certificate (SHA-256 pin): {old} -&gt; {new}</source>
        <translation>Certificado (pin SHA-256): {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Trust file version {version} moves the county&apos;s sync service. {changes}. Install it only if the county told you, by phone or in person, that its service moved; a supervisor must confirm it (Install county trust file in the app, or csec device trust --accept-service-change).</source>
        <translation>La versión {version} del archivo de confianza cambia el servicio de sincronización del condado. {changes}. Instálelo solo si el condado le dijo, por teléfono o en persona, que su servicio cambió; un(a) supervisor(a) debe confirmarlo (Instalar archivo de confianza del condado en la aplicación, o csec device trust --accept-service-change).</translation>
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
    <name>ShareDialog</name>
    <message>
        <source>Share this youth&apos;s record</source>
        <translation>Compartir el expediente de este joven</translation>
    </message>
    <message>
        <source>Workers you tick see this youth&apos;s screenings, duties and team on this laptop. Supervisors always see every youth.</source>
        <translation>Los trabajadores que marque verán las evaluaciones, obligaciones y el equipo de este joven en esta computadora. Los supervisores siempre ven a todos los jóvenes.</translation>
    </message>
    <message>
        <source>Share with {name}</source>
        <translation>Compartir con {name}</translation>
    </message>
    <message>
        <source>There are no other workers&apos; accounts on this laptop.</source>
        <translation>No hay cuentas de otros trabajadores en esta computadora.</translation>
    </message>
    <message>
        <source>Share message</source>
        <translation>Mensaje al compartir</translation>
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
    <name>SortControls</name>
    <message>
        <source>Urgency (best match while searching)</source>
        <translation>Urgencia (mejor coincidencia al buscar)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>So&amp;rt by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Invertir el orden</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage of change</source>
        <translation>Etapa de cambio</translation>
    </message>
    <message>
        <source>Change stage of change</source>
        <translation>Cambiar etapa de cambio</translation>
    </message>
    <message>
        <source>Where the youth is</source>
        <translation>Dónde está el joven</translation>
    </message>
    <message>
        <source>&amp;Where the youth is</source>
        <translation>&amp;Dónde está el joven</translation>
    </message>
    <message>
        <source>Engagement is not linear: a youth may move back and forth. Meet them where they are.</source>
        <translation>La participación no es lineal: un joven puede avanzar y retroceder. Acompáñelo donde esté.</translation>
    </message>
    <message>
        <source>&amp;Noted on</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>What &amp;tells you so</source>
        <translation>&amp;Qué se lo indica</translation>
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
    <name>SummaryData</name>
    <message>
        <source>This screening is still a draft; complete it before printing a summary.</source>
        <translation>Esta evaluación todavía es un borrador; complétela antes de imprimir un resumen.</translation>
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
    <name>SyncErrors</name>
    <message>
        <source>The server at {url} is not this county&apos;s receiving service: its TLS key does not match the pin in the county&apos;s trust file. Nothing was sent and nothing on this laptop changed; call county IT before syncing again.</source>
        <translation>El servidor en {url} no es el servicio receptor de este condado: su clave TLS no coincide con el pin del archivo de confianza del condado. No se envió nada y nada cambió en esta computadora portátil; llame al departamento de TI del condado antes de volver a sincronizar.</translation>
    </message>
    <message>
        <source>The county&apos;s service at {url} did not answer in time; nothing is lost, sync again later.</source>
        <translation>El servicio del condado en {url} no respondió a tiempo; no se perdió nada, vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
        <source>The county&apos;s service at {url} cannot be reached ({reason}); nothing is lost, sync again later.</source>
        <translation>No se puede conectar con el servicio del condado en {url} ({reason}); no se perdió nada, vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
        <source>The county&apos;s service answered with an oversized receipt.</source>
        <translation>El servicio del condado respondió con un recibo demasiado grande.</translation>
    </message>
    <message>
        <source>The county&apos;s service sent a receipt list this laptop cannot read.</source>
        <translation>El servicio del condado envió una lista de recibos que esta computadora portátil no puede leer.</translation>
    </message>
    <message>
        <source>The county&apos;s service sent an oversized trust file.</source>
        <translation>El servicio del condado envió un archivo de confianza demasiado grande.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled in county {county}; nothing was exported.</source>
        <translation>Esta computadora portátil no está inscrita en el condado {county}; no se exportó nada.</translation>
    </message>
    <message>
        <source>This laptop was revoked by county {county}; nothing was exported.</source>
        <translation>El condado {county} revocó esta computadora portátil; no se exportó nada.</translation>
    </message>
    <message>
        <source>Nothing to send: the county has acknowledged every record.</source>
        <translation>No hay nada que enviar: el condado confirmó la recepción de todos los registros.</translation>
    </message>
    <message>
        <source>This is the demo vault: its data is fictional and never goes to a county. Enroll and sync from the real vault.</source>
        <translation>Esta es la bóveda de demostración: sus datos son ficticios y nunca se envían a un condado. Inscríbase y sincronice desde la bóveda real.</translation>
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
    <name>SyncReport</name>
    <message>
        <source>county trust file version {version} installed</source>
        <translation>se instaló la versión {version} del archivo de confianza del condado</translation>
    </message>
    <message>
        <source>{count} youth purged after the retention period</source>
        <translation>{count} jóvenes eliminados de esta computadora portátil después del período de retención</translation>
    </message>
    <message>
        <source>Synced: {parts}.</source>
        <translation>Sincronizado: {parts}.</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nada que enviar</translation>
    </message>
    <message>
        <source>1 bundle sent</source>
        <translation>1 paquete enviado</translation>
    </message>
    <message>
        <source>{count} bundles sent</source>
        <translation>{count} paquetes enviados</translation>
    </message>
    <message>
        <source>1 county answer applied</source>
        <translation>1 respuesta del condado aplicada</translation>
    </message>
    <message>
        <source>{count} county answers applied</source>
        <translation>{count} respuestas del condado aplicadas</translation>
    </message>
    <message>
        <source>The county&apos;s trust file names no receiving service; export bundles to a folder instead (or ask the county for a trust file with its service address).</source>
        <translation>El archivo de confianza del condado no indica ningún servicio receptor; exporte los paquetes a una carpeta (o pida al condado un archivo de confianza con la dirección de su servicio).</translation>
    </message>
    <message>
        <source>Sending bundle {sequence}…</source>
        <translation>Enviando el paquete {sequence}…</translation>
    </message>
    <message>
        <source>Bundle {sequence}: {problem}</source>
        <translation>Paquete {sequence}: {problem}</translation>
    </message>
    <message>
        <source>Checking for a newer county trust file…</source>
        <translation>Buscando un archivo de confianza del condado más reciente…</translation>
    </message>
    <message>
        <source>Fetching the county&apos;s answers…</source>
        <translation>Recibiendo las respuestas del condado…</translation>
    </message>
    <message>
        <source>Preparing the records to send…</source>
        <translation>Preparando los registros para enviar…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
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
    <name>SyncStatus</name>
    <message>
        <source>today at {clock}</source>
        <translation>hoy a las {clock}</translation>
    </message>
    <message>
        <source>{day} at {clock}</source>
        <translation>{day} a las {clock}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Not synced online yet</source>
        <translation>Todavía no se ha sincronizado en línea</translation>
    </message>
    <message>
        <source>1 record waiting</source>
        <translation>1 registro en espera</translation>
    </message>
    <message>
        <source>{count} records waiting</source>
        <translation>{count} registros en espera</translation>
    </message>
    <message>
        <source>{count} awaiting the county&apos;s answer</source>
        <translation>{count} en espera de la respuesta del condado</translation>
    </message>
    <message>
        <source>{first}, {records}, {answer}</source>
        <translation>{first}, {records}, {answer}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>Timeline</name>
    <message>
        <source>Screenings and assessments</source>
        <translation>Evaluaciones y valoraciones</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambios de estatus</translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation>Episodios de desaparición</translation>
    </message>
    <message>
        <source>Duties done</source>
        <translation>Deberes cumplidos</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>MDT meetings</source>
        <translation>Reuniones MDT</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{title} started (draft)</source>
        <translation>{title} iniciada (borrador)</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>{title}: {outcome}</source>
        <translation>{title}: {outcome}</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <source>Ended later: {reason}</source>
        <translation>Terminó después: {reason}</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Estatus: {value}</translation>
    </message>
    <message>
        <source>Legal status: {value}</source>
        <translation>Estatus legal: {value}</translation>
    </message>
    <message>
        <source>Placement: {value}</source>
        <translation>Colocación: {value}</translation>
    </message>
    <message>
        <source>Reported missing</source>
        <translation>Reportado/a como desaparecido/a</translation>
    </message>
    <message>
        <source>Last seen: {seen}</source>
        <translation>Visto/a por última vez: {seen}</translation>
    </message>
    <message>
        <source>Located</source>
        <translation>Localizado/a</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>Dónde: {where}</translation>
    </message>
    <message>
        <source>Done (late): {duty}</source>
        <translation>Cumplido (tarde): {duty}</translation>
    </message>
    <message>
        <source>Done: {duty}</source>
        <translation>Cumplido: {duty}</translation>
    </message>
    <message>
        <source>Referral: {need} — {agency}</source>
        <translation>Referido: {need} — {agency}</translation>
    </message>
    <message>
        <source>{count} attending</source>
        <translation>{count} asistentes</translation>
    </message>
    <message>
        <source>MDT meeting</source>
        <translation>Reunión MDT</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Nothing recorded for this youth yet. Screenings, duties, referrals, meetings and notes appear here as they are recorded.</source>
        <translation>Todavía no hay nada registrado para este joven. Las evaluaciones, obligaciones, remisiones, reuniones y notas aparecen aquí a medida que se registran.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Show on the timeline</source>
        <translation>Mostrar en la cronología</translation>
    </message>
    <message>
        <source>Show onl&amp;y</source>
        <translation>Mostrar &amp;solo</translation>
    </message>
    <message>
        <source>Print timeline…</source>
        <translation>Imprimir cronología…</translation>
    </message>
    <message>
        <source>Print the timeline for the case file</source>
        <translation>Imprimir la cronología para el expediente</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Cuántas entradas se muestran</translation>
    </message>
    <message>
        <source>Timeline message</source>
        <translation>Mensaje de la cronología</translation>
    </message>
    <message>
        <source>Timeline, oldest first</source>
        <translation>Cronología, las más antiguas primero</translation>
    </message>
    <message>
        <source>1 entry, oldest first</source>
        <translation>1 entrada, las más antiguas primero</translation>
    </message>
    <message>
        <source>{count} entries, oldest first</source>
        <translation>{count} entradas, las más antiguas primero</translation>
    </message>
    <message>
        <source>None of this kind yet.</source>
        <translation>Todavía no hay ninguna de este tipo.</translation>
    </message>
    <message>
        <source>Print timeline</source>
        <translation>Imprimir cronología</translation>
    </message>
    <message>
        <source>The timeline prints only on the case-file copy.</source>
        <translation>La cronología solo se imprime en la copia del expediente.</translation>
    </message>
</context>
<context>
    <name>TrustChange</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>It changes the county&apos;s {keys} key.</source>
        <translation>Cambia la clave {keys} del condado.</translation>
    </message>
    <message>
        <source>It moves the county&apos;s sync service:</source>
        <translation>Cambia el servicio de sincronización del condado:</translation>
    </message>
    <message>
        <source>Trust file version {version} changes where and how this laptop syncs.

{what}

Install it only if the county told you, by phone or in person, about this change. If it did not, choose No and call county IT. Install it?</source>
        <translation>La versión {version} del archivo de confianza cambia dónde y cómo se sincroniza esta computadora portátil.

{what}

Instálelo solo si el condado le informó de este cambio por teléfono o en persona. Si no fue así, elija No y llame al departamento de TI del condado. ¿Desea instalarlo?</translation>
    </message>
    <message>
        <source>The county&apos;s sync settings changed</source>
        <translation>Cambió la configuración de sincronización del condado</translation>
    </message>
    <message>
        <source>Trust file version {version} was not installed.
{what}
Only a supervisor can accept this change; ask one to install the file after checking with the county.</source>
        <translation>La versión {version} del archivo de confianza no se instaló.
{what}
Solo un(a) supervisor(a) puede aceptar este cambio; pídale a un(a) supervisor(a) que instale el archivo después de confirmarlo con el condado.</translation>
    </message>
</context>
<context>
    <name>UrgencyBanner</name>
    <message>
        <source>Missing now. Record the reports and notices, and when the youth is located, under Missing episode…</source>
        <translation>Desaparecido/a ahora. Registre los informes y avisos, y cuando se localice al joven, en Episodio de desaparición…</translation>
    </message>
    <message>
        <source>Missing now since {when}. Record the reports and notices, and when the youth is located, under Missing episode…</source>
        <translation>Desaparecido/a ahora desde el {when}. Registre los informes y avisos, y cuando se localice al joven, en Episodio de desaparición…</translation>
    </message>
    <message>
        <source>{named}; and {more} more</source>
        <translation>{named}; y {more} más</translation>
    </message>
    <message>
        <source>Overdue: 1 duty — {named}.</source>
        <translation>Vencida: 1 obligación — {named}.</translation>
    </message>
    <message>
        <source>Overdue: {count} duties — {named}.</source>
        <translation>Vencidas: {count} obligaciones — {named}.</translation>
    </message>
    <message>
        <source>Due today: 1 duty — {named}.</source>
        <translation>Vence hoy: 1 obligación — {named}.</translation>
    </message>
    <message>
        <source>Due today: {count} duties — {named}.</source>
        <translation>Vencen hoy: {count} obligaciones — {named}.</translation>
    </message>
    <message>
        <source>Urgent for this youth</source>
        <translation>Urgente para este joven</translation>
    </message>
    <message>
        <source>What is urgent</source>
        <translation>Lo que es urgente</translation>
    </message>
    <message>
        <source>Go to duties</source>
        <translation>Ir a las obligaciones</translation>
    </message>
    <message>
        <source>Go to the duties</source>
        <translation>Ir a las obligaciones</translation>
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
    <name>WorkerSupport</name>
    <message>
        <source>You have just recorded that a youth is being exploited. What you heard can stay with you: take a moment before the next task, and talk it over with your supervisor.</source>
        <translation>Acaba de registrar que una persona joven está siendo explotada. Lo que escuchó puede quedarse con usted: tómese un momento antes de la siguiente tarea y háblelo con su supervisor(a).</translation>
    </message>
    <message>
        <source>Your county&apos;s employee assistance program (EAP) is there for you too.</source>
        <translation>El programa de asistencia al empleado (EAP) de su condado también está a su disposición.</translation>
    </message>
    <message>
        <source>call {phone}</source>
        <translation>llame al {phone}</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>envíe un mensaje de texto al {number}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{first} {name}: {ways} — confidential.</source>
        <translation>{first} {name}: {ways} — confidencial.</translation>
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
        <translation>Ag&amp;enda</translation>
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
<context>
    <name>Youth</name>
    <message>
        <source>Not yet asked</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>Reason to know (inquiry open)</source>
        <translation>Motivo para saber (indagación abierta)</translation>
    </message>
    <message>
        <source>Indian child (ICWA applies)</source>
        <translation>Niño/a indígena (se aplica ICWA)</translation>
    </message>
    <message>
        <source>Not an Indian child</source>
        <translation>No es niño/a indígena</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>Transgénero</translation>
    </message>
    <message>
        <source>Nonbinary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Another gender identity</source>
        <translation>Otra identidad de género</translation>
    </message>
    <message>
        <source>Declined to say</source>
        <translation>Prefirió no decir</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano/a o latino/a</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano/a o nativo/a de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático/a</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro/a o afroamericano/a</translation>
    </message>
    <message>
        <source>Middle Eastern or North African</source>
        <translation>De Medio Oriente o del Norte de África</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo/a de Hawái o de las islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco/a</translation>
    </message>
    <message>
        <source>Another race or ethnicity</source>
        <translation>Otra raza u origen étnico</translation>
    </message>
</context>
<context>
    <name>YouthLanguages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>{name} (county)</source>
        <translation>{name} (del condado)</translation>
    </message>
    <message>
        <source>{name} — English with a notice</source>
        <translation>{name} — en inglés con un aviso</translation>
    </message>
</context>
<context>
    <name>YouthPage</name>
    <message>
        <source>The case team (service plan, MDT and notes) is not part of this build yet.</source>
        <translation>El equipo del caso (plan de servicios, MDT y notas) todavía no forma parte de esta versión.</translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation>Edad {age}</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En el sistema de cuidado</translation>
    </message>
    <message>
        <source>Not in care</source>
        <translation>Fuera del sistema de cuidado</translation>
    </message>
    <message>
        <source>Missing now</source>
        <translation>Desaparecido/a ahora</translation>
    </message>
    <message>
        <source>Youth page</source>
        <translation>Página del joven</translation>
    </message>
    <message>
        <source>← &amp;Back to caseload</source>
        <translation>← &amp;Volver a la lista de casos</translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>&amp;Missing episode…</source>
        <translation>Episodio de desapari&amp;ción…</translation>
    </message>
    <message>
        <source>Missing episode</source>
        <translation>Episodio de desaparición</translation>
    </message>
    <message>
        <source>E&amp;xploitation status…</source>
        <translation>Estado de e&amp;xplotación…</translation>
    </message>
    <message>
        <source>Change the exploitation status</source>
        <translation>Cambiar el estado de explotación</translation>
    </message>
    <message>
        <source>Share with wor&amp;kers…</source>
        <translation>Compartir con &amp;trabajadores…</translation>
    </message>
    <message>
        <source>Share this youth&apos;s record</source>
        <translation>Compartir el expediente de este joven</translation>
    </message>
    <message>
        <source>Youth name</source>
        <translation>Nombre del joven</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>About the youth</source>
        <translation>Sobre el joven</translation>
    </message>
    <message>
        <source>Youth actions</source>
        <translation>Acciones del joven</translation>
    </message>
    <message>
        <source>Case team</source>
        <translation>Equipo del caso</translation>
    </message>
    <message>
        <source>Youth page sections</source>
        <translation>Secciones de la página del joven</translation>
    </message>
    <message>
        <source>S&amp;creenings</source>
        <translation>Eva&amp;luaciones</translation>
    </message>
    <message>
        <source>D&amp;uties</source>
        <translation>&amp;Obligaciones</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Crono&amp;logía</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Legal name: {name}</source>
        <translation>Nombre legal: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Report this youth missing from care now?

This records a missing episode and starts the duties to tell law enforcement and NCMEC within 24 hours of when you learned of it. On the next screen you say when that was.</source>
        <translation>¿Reportar ahora que este/a joven está desaparecido/a del sistema de cuidado?

Esto registra un episodio de desaparición e inicia los deberes de avisar a las fuerzas del orden y al NCMEC dentro de las 24 horas desde que usted se enteró. En la siguiente pantalla indica cuándo fue.</translation>
    </message>
    <message>
        <source>Report this youth missing now?

This records a missing episode on the youth&apos;s timeline. On the next screen you say when you learned of it.</source>
        <translation>¿Reportar ahora que este/a joven está desaparecido/a?

Esto registra un episodio de desaparición en la cronología del/de la joven. En la siguiente pantalla indica cuándo se enteró.</translation>
    </message>
    <message>
        <source>Report missing?</source>
        <translation>¿Reportar desaparición?</translation>
    </message>
    <message>
        <source>&amp;Report missing</source>
        <translation>&amp;Reportar desaparición</translation>
    </message>
</context>
</TS>
