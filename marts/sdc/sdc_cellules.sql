-- Disclosure control, step 1: every cell that any published table shows (or lets a reader derive),
-- gathered from the sdc_in_* registrations (contract in marts/README.md: one row per published cell with its
-- value, the number of operators contributing and the largest single contribution).
--
-- Here each cell gets its canonical key: the population counted and the filters defining it, sorted,
-- 'TOUS' (all) left out. Two tables showing the same population under the same filters share the key,
-- so the later steps decide them together and they are suppressed alike.
with inscriptions as (
    select * from sdc_in_penurie
    union all by name
    select * from sdc_in_penurie_mois
    union all by name
    select * from sdc_in_profil_public
    union all by name
    select * from sdc_in_sorties
    union all by name
    select * from sdc_in_accompagnement
    union all by name
    select * from sdc_in_accompagnement_thematique
    union all by name
    select * from sdc_in_ressources
),

cellules as (
    select
        *,
        -- the filters that define the cell, as sorted 'key=value' strings
        list_sort(list_transform(
            list_filter(map_entries(cellule), e -> e.value <> 'TOUS'),
            e -> e.key || '=' || e.value)) as dimensions
    from inscriptions
)

select
    tableau,
    ligne,
    mesure,
    population,
    nature,
    population || '{' || array_to_string(dimensions, ',') || '}' as cle,
    dimensions,
    case
        when denominateur_sans is not null then
            population || '{' || array_to_string(
                list_filter(dimensions, d -> not list_contains(denominateur_sans, split_part(d, '=', 1))), ',') || '}'
    end as cle_denominateur,
    valeur,
    n_operateurs,
    case when valeur <> 0 then contribution_max / abs(valeur) end as part_max_operateur,
    coalesce(source_federations, []) as source_federations
from cellules
