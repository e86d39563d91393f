# dfs-adopt, français. Chaque message dit ce qui n’allait pas et ce qu’il faut faire.

## Les tests de ce module.
test-inner = la raison intérieure
test-outer = échec ({ $count } fois) : { $reason }

## Noms de champs et de valeurs, utilisés dans d’autres messages.
term-by-name = le nom donné à --by
term-action = action
term-action-owner = responsable de l’action
term-agenda-order = ordre du jour
term-authority-kind = type d’autorité
term-authority-name = nom de l’autorité
term-conditions = conditions
term-disposition = suite donnée
term-facilitator = animateur
term-field = champ
term-finding = constat
term-flag = indicateur
term-format = format
term-group = groupe
term-history = historique
term-history-line-id = identifiant de ligne d’historique
term-history-field = champ de l’historique
term-history-author = auteur dans l’historique
term-history-value = valeur de l’historique
term-device-name = nom de l’appareil
term-instrument = instrument
term-item-id = identifiant de recommandation
term-jurisdiction = juridiction
term-language = langue
term-minute-note = note du procès-verbal
term-national-wording = formulation nationale
term-organisation = organisation
term-participant-name = nom du participant
term-participant-organisation = organisation du participant
term-participant-role = rôle du participant
term-place = lieu
term-position-note = note de position
term-priority = priorité
term-property = propriété
term-rationale = justification
term-reason = motif
term-reason-for-parking = motif de la mise en attente
term-record-field = champ d’enregistrement
term-record-id = identifiant d’enregistrement
term-record-value = valeur d’enregistrement
term-resolution = résolution
term-response = réponse
term-review-entry-kind = type d’observation
term-reviewer = relecteur
term-security-dimension = dimension de sécurité
term-selected = sélection
term-session = séance
term-stakeholder = partie prenante
term-stance = position
term-status = statut
term-survey = questionnaire
term-survey-format = format du questionnaire
term-survey-status = état de mise en œuvre
term-template = modèle
term-threat-category = catégorie de menace
term-version-label = libellé de version
term-version-note = note de version
term-workspace-id = identifiant d’espace de travail
term-workspace-name = nom de l’espace de travail
term-workspace-property = propriété de l’espace de travail
term-wording = formulation nationale
term-lead = autorité chef de file
term-support = autorités d’appui
term-due = date cible
term-name = nom
term-doc-version = version du document
term-reference = référence
term-prepared-by = établi par
term-event = événement

## adopt-domain : saisie contraire à une règle du domaine.
invalid-unknown-value = { $what } inconnu(e) « { $value } » ; utilisez l’une de ces valeurs : { $allowed }
invalid-malformed-date = « { $value } » n’est pas une date ; écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2027-03-31
invalid-impossible-date = { $value } n’est pas un jour du calendrier ; vérifiez le mois et le jour
invalid-empty = le champ « { $field } » ne peut pas être vide
invalid-too-long = le champ « { $field } » est trop long ({ $len } caractères) ; ne dépassez pas { $max }
invalid-authority-code = le code d’autorité « { $code } » n’est pas valide ; utilisez de 2 à 16 lettres ou chiffres, par exemple ARTCI ou BCEAO
invalid-duplicate-authority = l’autorité { $code } figure deux fois ; indiquez chaque autorité une seule fois
invalid-no-authority = un espace de travail a besoin d’au moins une autorité, par exemple ARTCI, l’Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire
invalid-unknown-authority = « { $code } » n’est pas une autorité de cet espace de travail ; utilisez l’une de celles-ci : { $allowed }
invalid-not-clearable = le champ « { $field } » ne peut pas être vidé ; donnez-lui une autre valeur
invalid-lead-also-supports = l’autorité chef de file { $code } ne peut pas être aussi autorité d’appui
invalid-nothing-to-change = rien à modifier ; indiquez au moins un champ à renseigner ou à vider
invalid-set-and-cleared = le champ « { $field } » est à la fois renseigné et vidé ; choisissez l’un ou l’autre
invalid-conditions-missing = un accord sous conditions exige les conditions ; rédigez-les, ou consignez un accord simple
invalid-divergent-with-status = une résolution divergente laisse la décision ouverte ; consignez-la sans statut
invalid-agreed-but-open = un accord tranche la recommandation ; choisissez un statut autre que « ouvert », ou consignez une divergence
invalid-time-box = une durée de { $minutes } minutes n’est pas possible ; indiquez entre 1 et 1440 minutes
invalid-participant-format = « { $value } » n’est pas un participant ; écrivez NOM|ORG|CODE ou NOM|ORG|CODE|RÔLE (une barre | dans une valeur s’écrit \|)
invalid-malformed-item-id = « { $value } » n’est pas un identifiant de recommandation ; les identifiants ressemblent à SIM-08
invalid-survey-file-name = { $file } : un questionnaire est un fichier .xlsx ou .csv ; donnez au fichier l’une de ces extensions
invalid-device-name = le nom de l’appareil { $problem } ; donnez un nom court, par exemple « ordinateur juridique BCEAO »
invalid-template-language = le modèle { $template } rédige les documents en { $template_language ->
    [fr] français
   *[en] anglais
  }, mais les documents de cet espace de travail sont en { $language ->
    [fr] français
   *[en] anglais
  } ; utilisez { $counterpart }

## adopt-sync : ordinateurs synchronisés.
sync-device-id = l’identifiant d’appareil « { $id } » ne compte pas 32 chiffres hexadécimaux ; utilisez l’identifiant que cette base de données conserve
sync-key = { $what } « { $value } » ne peut pas servir dans un espace de travail répliqué : utilisez des lettres, des chiffres, « - » ou « _ », sans « / »
sync-status-not-clearable = le statut d’une décision ne peut pas être vidé ; choisissez un autre statut
sync-not-a-workspace = le document n’est pas un espace de travail dfs-adopt ({ $reason }) ; il provient peut-être d’une version plus récente de dfs-adopt
sync-unexpected-value = le document contient { $found } pour « { $key } » là où { $expected } était attendu ; il provient peut-être d’une version plus récente de dfs-adopt
sync-other-workspace = cette copie est celle de l’espace de travail { $theirs }, et non { $ours } ; un paquet ne se fusionne que dans son propre espace de travail
sync-unrelated = les deux copies de l’espace de travail { $workspace } ont été créées séparément et n’ont aucun historique commun ; importez plutôt le paquet dans une base de données qui n’a pas cet espace de travail
sync-no-such-conflict = aucun conflit « { $id } » dans cet espace de travail ; affichez la liste des conflits pour voir leurs identifiants
sync-conflict-id = « { $id } » n’est pas un identifiant de conflit ; utilisez ÉLÉMENT/CHAMP, ou -/CHAMP pour l’espace de travail
sync-duplicate-change = deux copies de cet espace de travail ont écrit comme l’appareil { $device } sans se voir l’une l’autre ; leurs modifications ne peuvent pas être fusionnées
sync-engine = le moteur de réplication a refusé le document : { $reason }
bundle-not-a-bundle = ce fichier n’est pas un paquet de synchronisation dfs-adopt ({ $reason }) ; choisissez le fichier .dfs-sync enregistré par l’autre ordinateur
bundle-truncated = le paquet est tronqué : il s’arrête après { $found } octets sur { $expected } ; demandez que le fichier soit renvoyé
bundle-corrupted = le paquet est endommagé ({ $reason }) ; demandez que le fichier soit renvoyé
bundle-newer-format = le paquet a été écrit au format { $found }, plus récent que celui que lit cette version de dfs-adopt ({ $supported }) ; mettez dfs-adopt à jour, puis importez-le de nouveau
bundle-other-project = le paquet provient d’un autre programme (« { $project } »), pas de dfs-adopt ; il ne peut pas être fusionné

## adopt-office : fichiers venus de l’extérieur (DOCX renvoyé, document de référence, PDF).
office-too-large = le fichier fait { $size } octets, plus que les { $limit } octets acceptés : enregistrez-en une copie plus légère (sans grandes images)
office-password-or-legacy = le fichier est protégé par un mot de passe ou est un ancien .doc Word 97-2003 : ouvrez-le dans Word ou LibreOffice, retirez le mot de passe et enregistrez-le comme document Word (.docx)
office-not-docx = le fichier n’est pas un document Word (.docx) : { $detail } ; enregistrez-le depuis Word ou LibreOffice au format .docx
office-missing-part = le fichier est une archive zip mais pas un document Word : il n’a pas de { $part }{ $hint } ; enregistrez-le comme document Word (.docx)
office-damaged = le document Word est endommagé ({ $detail }) : ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau
office-encrypted-part = la partie { $part } du document Word est chiffrée : retirez le mot de passe et enregistrez-le de nouveau au format .docx
office-unsafe = le document Word est refusé car il serait dangereux de le décompresser : { $detail }
office-malformed-xml = la partie { $part } du document Word n’est pas du XML bien formé ({ $detail }) : ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau
office-no-styles = le document de référence n’a pas de styles (word/styles.xml manque) : enregistrez depuis Word ou LibreOffice, au format .docx, un document qui porte les styles maison
office-not-pdf = le fichier n’est pas un PDF : { $detail }
office-pdf-encrypted = le PDF est chiffré et demande un mot de passe : enregistrez-le ou imprimez-le de nouveau sans mot de passe
office-pdf-unreadable = le PDF n’a pas pu être lu ({ $detail }) : enregistrez-le ou imprimez-le de nouveau au format PDF
office-reader-failed = le fichier n’a pas pu être lu : le lecteur a échoué sur { $what } ; enregistrez-le de nouveau depuis Word, LibreOffice ou une visionneuse PDF

## adopt-document : dossiers de modèles.
template-unknown = modèle inconnu « { $name } » ; utilisez l’un de ceux-ci : { $list }, ou le chemin d’un dossier de modèle
template-read = { $file } : lecture impossible : { $reason }
template-malformed = { $file } : { $reason }
template-placeholder = { $file }, ligne { $line } : { $reason }

## adopt-store : la base de données.
store-workspace-not-found = aucun espace de travail n’a pour identifiant ou pour nom « { $workspace } » ; vérifiez le nom dans la liste des espaces de travail
store-name-taken = un espace de travail nommé « { $name } » existe déjà ; choisissez un autre nom
store-not-selected = { $item } n’est pas sélectionnée dans cet espace de travail ; sélectionnez-la d’abord
store-decided = { $item } a fait l’objet d’une décision ({ $status }) ; la désélectionner efface la décision et doit être confirmé (son historique est conservé)
store-stale-revision = { $item } a changé depuis la révision { $expected } (elle en est à la révision { $current }) ; rechargez-la et refaites votre modification
store-session-not-found = aucune séance de discussion « { $session } » dans cet espace de travail ; vérifiez la liste des séances
store-no-session = cet espace de travail n’a pas encore de séance de discussion ; créez-en une d’abord
store-not-on-agenda = { $item } n’est pas à l’ordre du jour de la séance { $session } ; ajoutez-la d’abord à l’ordre du jour
store-no-resolution = { $item } n’a pas de résolution à retirer
store-action-not-found = il n’y a pas d’action { $action } dans cet espace de travail
store-version-label-taken = une version intitulée « { $label } » a déjà été diffusée (les libellés sont comparés sans tenir compte de la casse) ; choisissez un autre libellé
store-version-not-found = aucune version diffusée « { $label } » dans cet espace de travail ; { $count ->
    [0] aucune version n’a encore été diffusée
   *[other] les versions sont : { $existing }
  }
store-version-files-missing = les fichiers de la version diffusée « { $label } » ne sont ni dans le paquet ni dans cette base de données ; demandez à l’autre ordinateur d’exporter de nouveau l’espace de travail avec cette version de dfs-adopt. Rien n’a été modifié
store-version-value-typed = le conflit { $id } oppose des versions diffusées, qui ne peuvent pas être saisies comme une valeur ; gardez l’une des versions que montre `conflicts list` avec --keep N
store-comment-not-found = aucune observation de relecteur n’a pour identifiant « { $id } » dans cet espace de travail ; `review list` affiche les identifiants
store-comment-ambiguous = plusieurs observations de relecteurs ont un identifiant commençant par « { $id } » ; donnez une plus grande partie de l’identifiant
store-folder = le dossier { $path } ne peut pas être créé : { $reason }
store-open = la base de données { $path } ne peut pas être ouverte : { $reason }
store-newer-schema = la base de données { $path } a été écrite par une version plus récente de dfs-adopt (schéma { $found } ; cette version connaît jusqu’au schéma { $known }) ; elle a été laissée telle quelle : installez la version plus récente de dfs-adopt pour l’ouvrir
store-read = la base de données { $path } ne peut pas être lue : { $reason } ; vérifiez que le fichier est présent et lisible
store-damaged-with-backup = la base de données { $path } est endommagée ({ $detail }) ; rien n’y a été écrit. Laissez-la telle quelle pour l’instant ; pour revenir à la copie faite avant la dernière mise à jour, { $backup }, mettez le fichier endommagé de côté et copiez cette sauvegarde vers { $path } (le travail fait depuis cette mise à jour n’y figure pas)
store-damaged = la base de données { $path } est endommagée ({ $detail }) ; rien n’y a été écrit. Laissez-la telle quelle et mettez à sa place ({ $path }) une copie de confiance : une sauvegarde du fichier, ou une nouvelle base de données dans laquelle vous importez avec `workspace import` les fichiers d’espace de travail exportés auparavant
store-disk-full = le disque qui contient la base de données{ $path } est plein ; rien n’a été modifié : libérez de la place sur ce disque, puis réessayez
store-read-only = la base de données{ $path } ne peut pas être écrite : son dossier est en lecture seule (dfs-adopt garde à côté d’elle ses fichiers -wal et -shm) ; rien n’a été modifié : rendez le dossier accessible en écriture, ou copiez la base de données dans un dossier accessible en écriture et ouvrez-la là
store-io = la base de données n’a pas pu être lue ou écrite ({ $reason }) ; rien n’a été modifié : vérifiez que son disque est toujours branché et qu’il reste de la place, puis réessayez
store-corrupt = la base de données est endommagée ({ $reason }) ; la modification n’a pas été faite. Fermez dfs-adopt, laissez le fichier tel quel et restaurez votre travail à partir de la sauvegarde placée à côté (un fichier .bak) ou d’une copie que vous conservez
store-backup = la base de données n’a pas pu être sauvegardée vers { $path } avant sa mise à jour ({ $reason }) ; rien n’a été modifié : libérez de la place sur le disque et réessayez
store-migration = le schéma de la base de données ne peut pas être mis à jour : { $reason }
store-busy = la base de données est occupée ou verrouillée par un autre programme ; fermez-le et réessayez
store-sqlite = erreur de base de données : { $reason }
store-unknown-item = la copie venue de l’autre ordinateur sélectionne { $item }, que le catalogue de cette version ne contient pas ; mettez dfs-adopt à jour, puis importez-la de nouveau
store-no-randomness = le système d’exploitation n’a pas fourni de nombres aléatoires pour un nouvel identifiant ({ $reason }) ; rien n’a été modifié : réessayez

## adopt-core : ce que les interfaces demandent au cœur.
core-unknown-recommendation = recommandation inconnue « { $item } » ; les identifiants du catalogue ressemblent à SIM-08
core-unknown-template = modèle inconnu « { $name } » ; utilisez l’un de ceux-ci : { $list }
core-import-read = { $path } ne peut pas être lu : { $reason }
core-import-invalid = { $path } ne peut pas être importé : { $reason }
core-already-running = { $reason }
core-survey-format = { $path } : un questionnaire est un fichier .xlsx ou .csv ; donnez au fichier l’une de ces extensions
core-survey-file = le questionnaire ne peut pas être lu : { $reason }
core-survey-too-large = { $path } fait { $megabytes } Mo, trop pour un questionnaire (au plus { $max } Mo) ; choisissez le fichier du questionnaire rempli
core-survey-rows = rien n’a été importé : { $count ->
    [one] 1 problème dans le questionnaire ; corrigez-le et importez de nouveau :
   *[other] { $count } problèmes dans le questionnaire ; corrigez-les et importez de nouveau :
  }
  { $list }
core-no-version-label = cette version n’a pas de libellé : donnez-en un, ou renseignez la version du document de l’espace de travail (doc_version), qui sert de libellé par défaut
core-stored-record = l’enregistrement conservé d’une version diffusée ne peut pas être lu ({ $reason }) ; la base de données a peut-être été modifiée à la main
core-reference-read = { $path } ne peut pas être lu : { $reason }
core-reference-too-large = { $path } fait { $megabytes } Mo, trop pour un document de référence (au plus { $max } Mo) ; choisissez le fichier Word qui porte le style maison
core-reference-invalid = { $name } ne peut pas servir de document de référence : { $reason }. Choisissez un fichier Word (.docx) qui porte le style maison, enregistré sans mot de passe
core-verify-read = { $path } ne peut pas être vérifié : { $reason }
core-review-read = { $file } ne peut pas être importé : { $reason } ; rien n’a été importé
core-response-required = une observation rejetée demande une réponse qui dise pourquoi ; rien n’a été enregistré
core-nothing-to-apply = { $id } est une simple observation : seules une insertion, une suppression ou une modification suivies peuvent être appliquées à la formulation
core-apply-disposition = une modification n’est appliquée que si elle est acceptée ou partiellement acceptée, pas { $disposition }
core-proposed-text-unknown = le texte de la clause après application de la modification { $id } n’est pas connu (sa clause contient plusieurs modifications suivies, ou n’est pas une clause d’une recommandation sélectionnée) ; rédigez la formulation avec `decide --wording`, puis enregistrez la suite donnée sans l’appliquer
core-render = le document n’a pas pu être produit : { $reason }
core-csv = l’export CSV ({ $what }) n’a pas pu être écrit : { $reason }
core-xlsx = le classeur du questionnaire n’a pas pu être produit : { $reason }
core-sync-read = { $path } ne peut pas être lu : { $reason }
core-sync-too-large = { $path } fait { $bytes } octets, trop pour un paquet de synchronisation (au plus { $max } octets sont lus) ; choisissez le fichier .dfs-sync enregistré par l’autre ordinateur
core-no-such-value = le conflit a { $count } valeurs ; --keep prend un nombre de 1 à { $count }
core-bundle-mismatch = le paquet annonce l’espace de travail { $header } mais contient l’espace de travail { $document } ; il a été modifié après son enregistrement : demandez que le fichier soit renvoyé
core-write-disk-full = { $path } ne peut pas être écrit : le disque est plein ; libérez de la place ou choisissez un autre dossier
core-write-read-only = { $path } ne peut pas être écrit : le dossier est en lecture seule ; choisissez un autre dossier
core-write-other = { $path } ne peut pas être écrit : { $reason } ; choisissez un autre dossier ou fermez le programme qui tient le fichier
term-accepted = acceptée
term-partly-accepted = partiellement acceptée
term-rejected = rejetée
term-noted = prise en note

## Les refus propres à l’application (src-tauri).
app-not-exported = { $path } n’a pas été exporté depuis cette fenêtre ; il n’est donc pas affiché
app-no-file-manager = aucun gestionnaire de fichiers n’a répondu sur cet ordinateur ; le dossier ne peut donc pas être affiché. Le fichier est enregistré à l’emplacement { $path } : copiez ce chemin pour le retrouver
app-stopped = l’opération s’est arrêtée de façon inattendue : { $reason }
app-not-a-comment-id = « { $id } » n’est pas un identifiant d’observation (32 chiffres hexadécimaux) ; relisez les observations et choisissez-en une
app-not-a-full-path = { $path } n’est pas un chemin complet ; choisissez de nouveau le fichier
app-not-a-bundle-file = { $path } n’est pas un fichier .{ $extension } ; choisissez un fichier dont le nom se termine par .{ $extension }
app-not-a-conflict-id = « { $id } » n’est pas un identifiant de conflit (ÉLÉMENT/CHAMP) ; relisez les conflits et choisissez-en un
app-no-such-value = la valeur { $n } n’existe pas : les valeurs sont numérotées à partir de 1
app-one-choice = choisissez l’une des valeurs, ou saisissez-en une autre, pas les deux
app-unknown-language = langue d’interface inconnue « { $language } » ; utilisez en ou fr

## adopt-domain : les constats du contrôle d’exhaustivité.
finding-no-items = aucune recommandation n’est sélectionnée ; sélectionnez celles que le projet retient
finding-unanswered-comment = { $item } : { $count ->
    [one] 1 observation de relecteur
   *[other] { $count } observations de relecteurs
  } sans suite donnée ; répondez à chacune
finding-unanswered-elsewhere = { $count ->
    [one] 1 observation de relecteur
   *[other] { $count } observations de relecteurs
  } hors des clauses des recommandations sélectionnées, sans suite donnée ; répondez à chacune
finding-unresolved-conflict = { $id } : modifié sur deux ordinateurs en même temps et pas encore arbitré ; retenez l’une des valeurs
finding-unsettled-divergence = { $item } : les autorités ont divergé sans trancher ; consignez le règlement par une nouvelle résolution
finding-open-item = { $item } : point encore ouvert ; statuez, ou retirez-le de la sélection s’il ne relève pas du présent projet
finding-missing-rationale = { $item } : { $status ->
    [not-applicable] sans objet
   *[deferred] différé
  }, sans justification ; indiquez-en la raison
finding-missing-wording = { $item } : retenu avec une formulation nationale, mais celle-ci est vide ; rédigez-la
finding-missing-lead = { $item } : retenu sans autorité chef de file ; désignez-en une
finding-missing-priority = { $item } : retenu sans priorité ; fixez une priorité haute, moyenne ou basse
finding-missing-due = { $item } : retenu sans date cible ; fixez-en une
finding-past-due = { $item } : la date cible { $due } est antérieure à la date du document { $date } ; reportez-la
finding-missing-property = la propriété « { $property ->
    [version] version
    [reference] référence
    [prepared-by] établi par
   *[event] événement
  } » du document est vide : le projet affiche un blanc ou « [à compléter] »

## adopt-cli : ce que dit la ligne de commande, et les refus qui lui sont propres.
cli-unknown-lang = --lang « { $value } » n’est pas une langue de dfs-adopt ; utilisez en ou fr
cli-hint-workspace-list = { $error } (`dfs-adopt workspace list` les affiche)
cli-hint-select = { $error } avec `dfs-adopt select`
cli-hint-force = { $error } ; ajoutez --force pour la désélectionner quand même
cli-hint-catalog-list = { $error } (`dfs-adopt catalog list` les affiche)
cli-hint-session-create = { $error } avec `dfs-adopt session create`
cli-hint-session-list = { $error } (`dfs-adopt session list` les affiche)
cli-hint-label = { $error } avec --label
cli-hint-doc-version = { $error } (--label TEXTE, ou `dfs-adopt workspace set WS --doc-version TEXTE`)
cli-wrote = { $path } écrit
cli-wrote-size = { $path } écrit ({ $kb } Ko)
cli-dry-run-note = (essai à blanc : rien n’a été écrit)
cli-workspace-none = Aucun espace de travail pour l’instant. Créez-en un avec `dfs-adopt workspace create`.
cli-workspace-line = { $id }  { $name }  ({ $jurisdiction } ; { $authorities })  { $selected ->
        [one] { $selected } sélectionnée
       *[other] { $selected } sélectionnées
    }, { $decided ->
        [one] { $decided } décidée
       *[other] { $decided } décidées
    }
cli-workspace-archived = archivé
cli-workspace-archived-done = archivé
cli-workspace-unarchived = sorti des archives
cli-authority-form = --authority « { $spec } » doit avoir la forme CODE=NOM_COMPLET, par exemple ARTCI="Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire"
cli-kind-form = --kind « { $spec } » doit avoir la forme CODE=TYPE, par exemple ARTCI=telecom-regulator
cli-kind-without-authority = --kind nomme { $code }, qui n’est pas donné par --authority
cli-reference-doc-stored = document de référence { $name } enregistré
cli-reference-doc-removed = document de référence retiré
cli-reference-doc-none = il n’y avait pas de document de référence
cli-properties-saved = { $name } : propriétés du document enregistrées
cli-selected = sélectionnées : { $items }
cli-already-selected = déjà sélectionnées : { $items }
cli-deselected = désélectionnées : { $items }
cli-label-jurisdiction = Juridiction :
cli-label-template = Modèle :
cli-label-version = Version :
cli-label-reference = Référence :
cli-label-prepared-by = Préparé par :
cli-label-event = Événement :
cli-authorities-heading = Autorités :
cli-no-item-selected = Aucune recommandation sélectionnée pour l’instant. Sélectionnez-en avec `dfs-adopt select`.
cli-selected-items = Recommandations sélectionnées ({ $count }) :
cli-item-lead = pilote { $lead }
cli-item-due = échéance { $due }
cli-sessions-heading = Séances de discussion :
cli-session-summary = { $date }  { $place }  animateur { $facilitator }, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
cli-catalog-no-match = Aucune recommandation du catalogue ne correspond.
cli-catalog-source-not-verified = source non vérifiée
cli-catalog-count = { $count ->
        [one] { $count } recommandation
       *[other] { $count } recommandations
    }
cli-label-group = Groupe :
cli-label-topic = Thème :
cli-label-threat = Menace :
cli-label-addresses = Destinataires :
cli-label-vulnerability = Vulnérabilité :
cli-catalog-paraphrase = Cet énoncé résume les sources avec nos propres mots ; seuls les documents sources font foi.
cli-catalog-recalled = La section source de cette recommandation n’a pas pu être vérifiée.
cli-catalog-note = Remarque : { $note }
cli-catalog-sources = Sources :
cli-decide-changed = { $item } : statut { $status }, révision { $revision }
cli-decide-unchanged = { $item } : rien n’a changé (statut { $status }, révision { $revision })
cli-label-device = Appareil :
cli-label-device-id = Identifiant :
cli-diff-to-version = la version { $label }
cli-diff-to-now = aujourd’hui
cli-diff-none = Aucun changement de la version { $from } à { $to }.
cli-diff-heading = Changements de la version { $from } à { $to } :
cli-history-workspace = espace
cli-history-none = Aucun changement enregistré.
cli-session-none = Aucune séance de discussion pour l’instant. Créez-en une avec `dfs-adopt session create`.
cli-session-line = { $date }  { $place }  animateur { $facilitator }  { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }, { $items ->
        [one] { $items } recommandation
       *[other] { $items } recommandations
    } à l’ordre du jour
cli-session-anonymised = { $count ->
        [one] { $count } nom retiré
       *[other] { $count } noms retirés
    } : les participants sont désormais désignés par leur organisation, les animateurs par « Animateur »
cli-position = { $item } : { $authority } { $stance } lors de la séance { $session }
cli-position-changed = { $item } : { $authority } { $stance } (auparavant { $was }) lors de la séance { $session }
cli-resolved = { $item } : { $resolution } lors de la séance { $session } ; statut { $status }
cli-resolved-divergent = { $item } : { $resolution } lors de la séance { $session } ; statut { $status } ; inscrite au registre des divergences jusqu’à son règlement
cli-action-added = action { $number } sur { $item } : { $what } ({ $owner }, échéance { $due })
cli-comments-in-pdf = --comments ajoute des commentaires Word, qu’un PDF ne peut pas porter ; utilisez --format docx, ou exportez le PDF sans --comments
cli-folder-not-created = le dossier { $path } ne peut pas être créé : { $reason }
cli-survey-no-answer = pas de réponse
cli-survey-changed = { $rows ->
        [one] { $rows } ligne lue
       *[other] { $rows } lignes lues
    } : { $answers ->
        [one] { $answers } réponse modifiée
       *[other] { $answers } réponses modifiées
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }
cli-survey-would-change = { $rows ->
        [one] { $rows } ligne lue
       *[other] { $rows } lignes lues
    } : { $answers ->
        [one] { $answers } réponse serait modifiée
       *[other] { $answers } réponses seraient modifiées
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }
cli-survey-skipped = , { $rows ->
        [one] { $rows } ligne d’autres autorités laissée de côté
       *[other] { $rows } lignes d’autres autorités laissées de côté
    }
cli-check-hint-review = { $finding } (`dfs-adopt review list { $workspace } --open`, puis `dfs-adopt review respond`)
cli-check-hint-conflicts = { $finding } (`dfs-adopt conflicts list { $workspace }`, puis `dfs-adopt conflicts resolve`)
cli-check-hint-property = { $finding } ; à renseigner avec `dfs-adopt workspace set { $workspace } --{ $flag } TEXTE`
cli-check-complete = complet : aucun constat
cli-check-summary = { $count ->
        [one] { $count } constat ; le projet exporté porte la mention d’incomplétude tant qu’il n’est pas résolu
       *[other] { $count } constats ; le projet exporté porte la mention d’incomplétude tant qu’ils ne sont pas résolus
    }
cli-review-none-open = Aucune observation de relecteur en attente. Importez le fichier d’un relecteur avec `dfs-adopt review import`.
cli-review-none = Aucune observation de relecteur. Importez le fichier d’un relecteur avec `dfs-adopt review import`.
cli-review-responded = { $id } { $place } : { $disposition }
cli-review-responded-applied = { $id } { $place } : { $disposition } ; { $place } reprend désormais la formulation du relecteur (adopt-modified)
cli-review-section = section { $section }
cli-review-whole-document = le document
cli-review-row-sections = sections
cli-review-row-document = document
cli-review-attached = { $attached ->
        [one] { $attached } nouvelle rattachée
       *[other] { $attached } nouvelles rattachées
    }, { $known ->
        [one] { $known } déjà connue
       *[other] { $known } déjà connues
    }, { $unattached } sur l’ensemble du document
cli-review-would-attach = { $attached ->
        [one] { $attached } nouvelle serait rattachée
       *[other] { $attached } nouvelles seraient rattachées
    }, { $known ->
        [one] { $known } déjà connue
       *[other] { $known } déjà connues
    }, { $unattached } sur l’ensemble du document
cli-review-from-version = (de la version { $version })
cli-review-open = en attente
cli-review-open-resolved-in-word = en attente (résolue dans Word)
cli-review-entry = { $kind } de { $who }{ $at } — { $state }
cli-review-anchor = sur « { $text } »
cli-review-response = réponse : { $text }
cli-sync-saved = Espace de travail { $workspace } de l’appareil « { $device } » enregistré dans { $path } ({ $bytes } octets) ; ouvrez-le sur l’autre ordinateur avec `dfs-adopt sync import`
cli-sync-dry-run = Essai à blanc : rien n’a été modifié.
cli-sync-created = Espace de travail { $workspace } créé depuis l’appareil « { $device } »
cli-sync-would-create = L’espace de travail { $workspace } serait créé depuis l’appareil « { $device } »
cli-sync-merged = Fusionné dans l’espace de travail { $workspace } depuis l’appareil « { $device } »
cli-sync-would-merge = Serait fusionné dans l’espace de travail { $workspace } depuis l’appareil « { $device } »
cli-sync-renamed = Son nom est déjà pris ici : il s’appelle « { $name } » sur cet ordinateur
cli-sync-none = aucune
cli-sync-fields-changed = Champs modifiés : { $value }
cli-sync-items-added = Recommandations ajoutées : { $value }
cli-sync-items-removed = Recommandations retirées : { $value }
cli-sync-new-conflicts = Nouveaux conflits : { $value }
cli-sync-settle = Réglez-les avec `dfs-adopt conflicts list { $workspace }` et `conflicts resolve`
cli-conflicts-none = Aucun conflit.
cli-conflicts-empty = (vide)
cli-conflicts-keep-one = Gardez-en une avec `dfs-adopt conflicts resolve WS CONFLIT --keep N`
cli-conflicts-settled = { $conflict } réglé : { $kept } conservé
cli-version-circulated = Version { $label } · { $fingerprint }
cli-version-none = Aucune version diffusée pour l’instant. Diffusez-en une avec `dfs-adopt version circulate`.
cli-version-by = par { $by }
cli-version-heading = Version { $label }
cli-label-date = Date :
cli-label-fingerprint = Empreinte :
cli-label-circulated = Diffusée :
cli-label-note = Note :
cli-label-names-removed = Noms retirés :
cli-label-items = Recommandations :
cli-label-files = Fichiers :
cli-version-at-by = { $at } par { $by }
cli-version-names-removed = { $at } (ses fichiers ont été produits à nouveau sans eux)
cli-version-files = DOCX { $docx } octets, PDF { $pdf } octets
cli-verify-line = { $file } : { $result }
cli-verify-match = version { $version } de { $workspace } · { $fingerprint }, telle que diffusée ({ $detail })
cli-verify-edited = version { $version } de { $workspace } · { $fingerprint }, modifiée : { $detail }
cli-verify-edited-clauses = version { $version } de { $workspace } · { $fingerprint }, modifiée : { $count ->
        [one] clause { $clauses } changée
       *[other] clauses { $clauses } changées
    }
cli-verify-working-draft = un projet de travail de { $workspace }, pas une version diffusée
cli-verify-unknown = { $file } n’est pas un fichier de cette base : { $detail }
cli-help-about = Adopter les recommandations de sécurité SFN de l’UIT : parcourir le catalogue, sélectionner les recommandations et en décider pour chaque juridiction.
cli-help-exit-codes = Codes de sortie : 0 succès, 1 erreur, 2 erreur d’utilisation, 3 `check` a trouvé des constats.
cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-help-flag = Afficher l’aide
cli-help-version-flag = Afficher la version
cli-help-db = Fichier de la base de données [par défaut : celui de l’application, dans le dossier de données du système]
cli-help-by = Auteur de la modification, tel que l’historique l’enregistre [par défaut : votre nom d’utilisateur]
cli-help-device = Nom de cet ordinateur : enregistré dans la base et utilisé jusqu’à ce qu’il change [par défaut, à la première utilisation : le nom de la machine]
cli-help-lang = Langue des messages, titres et énoncés (en ou fr) [par défaut : celle de la locale, LC_ALL, LC_MESSAGES, LANG ; sinon en]
cli-help-catalog = Parcourir le catalogue intégré des recommandations et leurs sources
cli-help-workspace = Créer, lister, afficher et modifier les espaces de travail
cli-help-select = Sélectionner des recommandations du catalogue dans un espace de travail
cli-help-deselect = Retirer des recommandations de la sélection d’un espace de travail
cli-help-decide = Enregistrer la décision sur une recommandation sélectionnée ; seuls les champs donnés changent
cli-help-export = Exporter le projet de document d’adoption en DOCX ou en PDF
cli-help-demo = Construire un espace de démonstration (Lesotho, LCA et CBL ; en français, Côte d’Ivoire, ARTCI et BCEAO) dans une base temporaire et en exporter le projet
cli-help-template = Lister les modèles de document
cli-help-session = Créer et lister les séances de discussion ouverte d’un espace de travail
cli-help-position = Enregistrer la position d’une autorité sur une recommandation lors d’une séance
cli-help-resolve = Enregistrer la résolution commune sur une recommandation ; elle fixe le statut de la décision
cli-help-action = Enregistrer une action convenue sur une recommandation
cli-help-minutes = Exporter le procès-verbal d’une séance de discussion en DOCX ou en PDF
cli-help-survey = Écrire le modèle du questionnaire d’analyse des écarts, ou en importer les réponses
cli-help-check = Vérifier que le projet est complet : sortie 0 s’il l’est, 3 avec des constats
cli-help-version = Diffuser une version (figée avec ses fichiers), lister et afficher les versions diffusées
cli-help-diff = Lister les changements entre deux versions diffusées, ou entre une version et aujourd’hui
cli-help-review = Importer les observations des relecteurs depuis un DOCX renvoyé, les lister et répondre à chacune
cli-help-history = Afficher le journal des modifications, en ajout seul, d’un espace de travail
cli-help-device-command = L’appareil de cette base : l’identifiant sous lequel les autres ordinateurs le connaissent, et son nom
cli-help-sync = Envoyer un espace de travail à un autre ordinateur dans un fichier .dfs-sync, et fusionner celui d’un autre ordinateur
cli-help-conflicts = Champs modifiés en même temps sur deux ordinateurs : les lister et garder une valeur
cli-help-catalog-list = Lister les recommandations du catalogue, éventuellement d’un seul groupe ou correspondant à une recherche
cli-help-catalog-show = Afficher une recommandation avec les documents sources à consulter
cli-help-catalog-sources = Lister les documents sources que cite le catalogue
cli-help-workspace-create = Créer un espace de travail et afficher son identifiant
cli-help-workspace-list = Lister les espaces de travail
cli-help-workspace-show = Afficher un espace de travail avec ses recommandations sélectionnées et ses décisions
cli-help-workspace-set = Modifier les propriétés du document qu’utilisent les modèles
cli-help-workspace-export = Écrire un espace de travail, historique compris, dans un fichier à emporter sur une autre machine
cli-help-workspace-import = Importer un fichier d’espace de travail comme nouvel espace (jamais par-dessus un espace existant)
cli-help-workspace-duplicate = Copier un espace de travail, avec ses sélections et ses décisions, sous un nouveau nom
cli-help-workspace-archive = Archiver un espace de travail (conservé, mais retiré de la liste récente) ; --undo le fait revenir
cli-help-template-list = Lister les modèles intégrés
cli-help-session-create = Créer une séance de discussion et afficher son identifiant
cli-help-session-list = Lister les séances d’un espace de travail
cli-help-session-anonymise = Remplacer le nom des participants par leur organisation dans toutes les séances (le compte rendu demeure)
cli-help-survey-template = Écrire le questionnaire à remplir : une ligne par recommandation et par autorité (.xlsx ou .csv, selon le nom)
cli-help-survey-import = Importer les réponses au questionnaire (.xlsx ou .csv) ; un fichier dont une ligne est erronée n’importe rien
cli-help-version-circulate = Figer l’espace de travail tel qu’il est (enregistrement, modèle, DOCX et PDF) sous un libellé
cli-help-version-list = Lister les versions diffusées d’un espace de travail, de la plus ancienne à la plus récente
cli-help-version-verify = Dire de quel espace de travail et de quelle version relève un DOCX ou un PDF renvoyé, et quelles clauses ont changé (sortie 0 : tel que diffusé, ou projet de travail ; 3 : modifié ; 1 : inconnu ou illisible)
cli-help-version-show = Afficher une version diffusée
cli-help-review-import = Importer les commentaires, réponses, modifications suivies et modifications non suivies des clauses du DOCX d’un relecteur ; importer à nouveau le même fichier, ou une copie réenregistrée, n’ajoute rien
cli-help-review-list = Lister les observations des relecteurs d’un espace de travail
cli-help-review-respond = Répondre à une observation : la suite donnée et une réponse (obligatoire avec rejected)
cli-help-device-show = Afficher l’identifiant et le nom de l’appareil (le nom se règle avec l’option globale --device NOM)
cli-help-sync-export = Enregistrer un espace de travail dans un paquet destiné à un autre ordinateur
cli-help-sync-import = Fusionner un paquet venu d’un autre ordinateur (crée l’espace de travail si cette base ne l’a pas)
cli-help-conflicts-list = Lister les conflits non réglés, chaque valeur avec son appareil, son auteur et son heure
cli-help-conflicts-resolve = Régler un conflit en gardant l’une de ses valeurs, ou une autre valeur
