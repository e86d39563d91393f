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
