from django.db import migrations


# every offer's vector also holds what the filters of /aanbod/ choose, as
# words of weight D (aanbod.zoektekst.kenmerkwoorden): 'zzwijk3', 'zzbuurt12', 'zzdoel7',
# 'zztaal2', 'zzsoort0', 'zzkosten0', 'zzdeelname0', 'zzrolstoel1', 'zzdag2'. Any combination
# of filters and search words is then one GIN lookup instead of semi-joins over link tables.
# The numbers of the choice fields are their places among the choices at this migration.
SQL = """
UPDATE aanbod_aanbod AS a
SET zoekvector = coalesce(a.zoekvector, ''::tsvector)
    || setweight(to_tsvector('dutch_unaccent', k.woorden), 'D')
FROM (
    SELECT b.id, concat_ws(' ',
        'zzsoort' || (array_position(ARRAY['activiteit', 'ontmoetingsplek', 'hulp_en_advies',
            'zorg_en_ondersteuning', 'vrijwilligerswerk', 'informatie']::text[], b.soort::text) - 1),
        'zzkosten' || (array_position(ARRAY['gratis', 'eigen_bijdrage']::text[], b.kosten::text) - 1),
        'zzdeelname' || (array_position(ARRAY['binnenlopen', 'aanmelden', 'verwijzing']::text[],
            b.deelname::text) - 1),
        (SELECT string_agg(DISTINCT 'zzdoel' || d.doelgroep_id, ' ')
           FROM aanbod_aanbod_doelgroepen d WHERE d.aanbod_id = b.id),
        (SELECT string_agg(DISTINCT 'zztaal' || t.taal_id, ' ')
           FROM aanbod_aanbod_talen t WHERE t.aanbod_id = b.id),
        (SELECT string_agg(DISTINCT 'zzwijk' || l.wijk_id, ' ')
           FROM aanbod_aanbodlocatie al JOIN aanbod_locatie l ON l.id = al.locatie_id
          WHERE al.aanbod_id = b.id),
        (SELECT string_agg(DISTINCT 'zzbuurt' || l.buurt_id, ' ')
           FROM aanbod_aanbodlocatie al JOIN aanbod_locatie l ON l.id = al.locatie_id
          WHERE al.aanbod_id = b.id),
        (SELECT 'zzrolstoel1' WHERE EXISTS (
            SELECT 1 FROM aanbod_aanbodlocatie al JOIN aanbod_locatie l ON l.id = al.locatie_id
             WHERE al.aanbod_id = b.id AND l.rolstoeltoegankelijk)),
        (SELECT string_agg(DISTINCT 'zzdag' || s.weekdag, ' ')
           FROM aanbod_tijdslot s JOIN aanbod_aanbodlocatie al ON al.id = s.aanbod_locatie_id
          WHERE al.aanbod_id = b.id)
    ) AS woorden
    FROM aanbod_aanbod b
) AS k
WHERE k.id = a.id;
"""


class Migration(migrations.Migration):
    dependencies = [("aanbod", "0008_themas_in_zoekvector")]

    operations = [
        # Going back leaves the extra words in place: the older filters ignore them.
        migrations.RunSQL([SQL], migrations.RunSQL.noop),
    ]
