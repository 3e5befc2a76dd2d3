"""Word lists the cleaning rules use: general vocabulary of news pages, not any site's strings."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


# Name particles written in lower case inside people's names.
PARTICLES = word_set(
    """
    al bin da das de del della den der di dos du e el ibn la le ten ter van von y
    """
)

# Words of newspaper and broadcaster names (News, Times, Herald, ...).
OUTLET_WORDS = word_set(
    """
    advertiser agency allgemeine argus broadcast broadcasting bulletin channel chronicle citizen
    corriere courier daily dispatch echo evening examiner express figaro gazette globe guardian
    haber haberler herald hurriyet independent info inquirer insider izvestia journal kommersant
    leader liberation magazine mail media mercury mirror monde monitor morning mundo nation
    network news newspaper observer online pais post pravda press punch radio record register
    reporter repubblica review sabah sentinel sozcu spiegel stampa standard star sun telegraph
    times today tribune tv vanguard vedomosti weekly welt wire yeni zeitung
    """
)

# Capitalised words that head sections and kickers rather than people's names.
NOT_NAMES = word_set(
    """
    a advertisement africa america americas an analysis and april asia at august breaking
    business by comment comments credit culture december east economy editorial eu europe
    exclusive explainer feature features february follow for friday from gallery health home
    image images in international january july june latest listen live local log login logo
    march markets may menu middle monday more national news north november october of on opinion
    or origin photo photos podcast politics published publisher register related report saturday
    science search september share sign source south special sponsored sport sports stories
    story subscribe sunday tech technology the thursday to today top trending tuesday uk update
    updated us video videos watch wednesday west with world yesterday
    president minister prime chancellor premier secretary ambassador governor senator mayor
    deputy
    """
)

# Words a line starts with when it is an interface control or a prompt.
UI_START = word_set(
    """
    accept ad ads advert advertisement allow already back bookmark click close comment comments
    continue copy don't donate download e-mail email enable follow get go install join like
    listen load loading log log-in login logout manage menu never opt play print read register
    reject reply save search see send share show sign sign-in sign-up signin signup skip
    sponsored subscribe support tap turn tweet unsubscribe upgrade view watch
    """
)

# Every other word such a line may contain besides the outlet's own name.
UI_WORDS = word_set(
    """
    a above access account alert alerts all an and app apps are article articles audio be bell
    below bluesky button by can channel clipboard content conversation cookies copied dark
    exclusive facebook feed flipboard for free friend friends full gift google here home icon in
    instagram is it its latest less light link linkedin links logo mastodon me media member
    members membership messenger mode more my news newsletter newsletters next notification
    notifications now of offer on options or our out page pdf pinterest plus podcast post posts
    preferences preferred premium previous reader readers reading reddit rss settings sharing site
    social
    source started stories story subscriber subscribers subscription telegram the this threads
    tiktok to today top trial twitter unlimited up update updates us via video website whatsapp
    will with x you your youtube
    """
)

# Words that may stand next to a date on a date line.
DATE_LABEL_WORDS = word_set(
    """
    am at bst by cest cet created date dated edt est first fri friday gmt issued ist last
    modified mon monday msk on pdt pm posted pst published sat saturday sun sunday thu thursday
    tue tuesday updated utc wed wednesday
    le mis jour publié publiée modifié lundi mardi mercredi jeudi vendredi samedi dimanche
    el actualizado publicado actualización lunes martes miércoles jueves viernes sábado domingo
    um aktualisiert veröffentlicht stand uhr montag dienstag mittwoch donnerstag freitag samstag
    sonntag il alle aggiornato pubblicato ore lunedì martedì mercoledì giovedì venerdì sabato
    domenica
    """
)
