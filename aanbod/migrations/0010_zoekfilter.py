from django.db import migrations


# ADR 0009, decision 7. A broad search walks the offers in the order
# of aanbod_controle_idx until it has its candidates, checking each one's vector: ~2 µs per
# offer when each check reads the table (one page per offer, as the order is not the table's),
# ~0.5 µs when the index itself holds what the check needs. So:
# - zoekfilter: the vector without positions and weights (strip), which is all a match needs,
#   kept by PostgreSQL itself whenever zoekvector changes (a generated column);
# - the candidate order's index holds it (INCLUDE), so the walk is an index-only scan, and the
#   GIN index moves from zoekvector to zoekfilter (ranking reads zoekvector, for the candidates
#   only);
# - so does an index in name order, for lists without search words (filters only): the first
#   201 by name are found the same way (AanbodQuerySet.eerste_op_naam).
# A B-tree entry must stay under ~2,700 bytes. A stripped vector of N lexemes is at most its
# text length + N + 9 bytes, so one over 2,400 (an offer with a very long description) keeps
# only its filter words (weight D: 'zzwijk3', ...) and the word 'zzgroot'; for its search
# words it is checked against its full vector by aanbod_groot_bevat (aanbod.zoektekst.
# VectorBevat): found exactly as before, only without the shortcut.
SQL = """
ALTER TABLE aanbod_aanbod ADD COLUMN zoekfilter tsvector GENERATED ALWAYS AS (
    CASE
        WHEN zoekvector IS NULL THEN NULL
        WHEN octet_length(strip(zoekvector)::text) + length(zoekvector) <= 2400
            THEN strip(zoekvector)
        ELSE strip(ts_filter(zoekvector, '{d}')) || 'zzgroot'::tsvector
    END
) STORED;
CREATE FUNCTION aanbod_groot_bevat(bigint, tsquery) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE COST 1
    AS $$ SELECT zoekvector @@ $2 FROM aanbod_aanbod WHERE id = $1 $$;
CREATE INDEX aanbod_zoekfilter_gin ON aanbod_aanbod USING gin (zoekfilter);
CREATE INDEX aanbod_controle_dekkend_idx ON aanbod_aanbod
    (laatst_gecontroleerd DESC NULLS LAST, id DESC) INCLUDE (status, zoekfilter);
CREATE INDEX aanbod_naam_dekkend_idx ON aanbod_aanbod (naam, id) INCLUDE (status, zoekfilter);
DROP INDEX IF EXISTS aanbod_controle_idx;
DROP INDEX IF EXISTS aanbod_zoekvector_gin;
"""
TERUG = """
CREATE INDEX IF NOT EXISTS aanbod_zoekvector_gin ON aanbod_aanbod USING gin (zoekvector);
CREATE INDEX IF NOT EXISTS aanbod_controle_idx
    ON aanbod_aanbod (laatst_gecontroleerd DESC NULLS LAST, id DESC);
DROP INDEX IF EXISTS aanbod_naam_dekkend_idx;
DROP INDEX IF EXISTS aanbod_controle_dekkend_idx;
DROP INDEX IF EXISTS aanbod_zoekfilter_gin;
DROP FUNCTION IF EXISTS aanbod_groot_bevat(bigint, tsquery);
ALTER TABLE aanbod_aanbod DROP COLUMN IF EXISTS zoekfilter;
"""



class Migration(migrations.Migration):
    dependencies = [
        ("aanbod", "0009_filters_in_zoekvector"),
    ]

    operations = [
        migrations.RunSQL([SQL], [TERUG]),
    ]
