-- Disclosure control, step 2: which cells are hidden, and why. One row per canonical cell key, so a
-- cell shown in several tables (or as a table's total) gets one decision.
--
-- Primary suppression (domain.md §5, thresholds from pipeline_parametres = pipeline.yaml privacy):
--   * a person count from 1 to min_cell - 1;
--   * a non-zero cell resting on fewer than min_operators operators;
--   * a non-zero cell where one operator holds more than max_dominance of the value.
-- Zeros are never hidden for themselves: they have no contributor to protect.
--
-- Secondary suppression: every published cell that has a published parent (the same cell with one
-- filter dropped, e.g. a sector's figure and the all-sectors total) forms with its siblings an additive
-- group "total = sum of members". A group is unsafe when exactly one of its cells is hidden (it is the
-- total minus the others), or when its total is visible and the hidden members of a person count add
-- up to 1..min_cell - 1 (their sum would be a small count). Each pass hides, in every unsafe group, the
-- smallest visible non-zero member (else the smallest member, else the total), and passes repeat until
-- no group is unsafe: a hidden cell then always shares its group with another hidden cell.
with recursive parametres as (
    select
        max(valeur) filter (where parametre = 'privacy.min_cell') as min_cell,
        max(valeur) filter (where parametre = 'privacy.min_operators') as min_operators,
        max(valeur) filter (where parametre = 'privacy.max_dominance') as max_dominance
    from pipeline_parametres
),

-- The same key in two tables is the same cell (a singular test checks their values agree). Cells get
-- an integer id: the passes below join on it.
cellules as materialized (
    select
        row_number() over (order by cle) as id,
        cle,
        population,
        dimensions,
        nature,
        valeur,
        n_operateurs,
        part_max_operateur
    from (
        select
            cle,
            any_value(population) as population,
            any_value(dimensions) as dimensions,
            any_value(nature) as nature,
            max(valeur) as valeur,
            max(n_operateurs) as n_operateurs,
            max(part_max_operateur) as part_max_operateur
        from sdc_cellules
        group by cle
    )
),

primaire as (
    select
        c.*,
        case
            when c.valeur = 0 then null
            when c.nature = 'personnes' and abs(c.valeur) < p.min_cell then 'effectif_faible'
            when c.n_operateurs < p.min_operators then 'operateurs_insuffisants'
            when c.part_max_operateur > p.max_dominance then 'dominance'
        end as motif_primaire
    from cellules as c
    cross join parametres as p
),

-- Each cell is a member of one group per filter it carries: the group of the cell without that filter.
-- Only groups whose total is itself published are equations a reader can use.
membres as (
    select
        c.id,
        c.valeur,
        c.nature,
        c.population || '{' || array_to_string(list_filter(c.dimensions, x -> x <> d.dimension), ',') || '}' as cle_total,
        split_part(d.dimension, '=', 1) as cle_retiree
    from cellules as c,
        unnest(c.dimensions) as d(dimension)
),

-- A group is a total and the filter its members add: numbered from the total's id and the filter's
-- rank among the few filter names (sorting 0.8 M pairs of keys to number them cost more).
filtres as (
    select cle_retiree, row_number() over (order by cle_retiree) as rang
    from (select distinct cle_retiree from membres)
),

groupes as (
    select
        t.id * (select count(*) + 1 from filtres) + f.rang as groupe,
        m.id,
        t.id as id_total,
        m.valeur,
        m.nature,
        t.valeur as valeur_total
    from membres as m
    join cellules as t
        on t.cle = m.cle_total
    join filtres as f
        on f.cle_retiree = m.cle_retiree
),

liens as materialized (
    select groupe, id, 'membre' as role, valeur, nature
    from groupes
    union all
    select distinct groupe, id_total, 'total', valeur_total, nature
    from groupes
),

-- The hidden set, pass after pass (each pass repeats the whole set, the new cells flagged `ajoute`);
-- the recursion stops after a pass that added nothing. The last pass is the decision.
etat(passe, id, ajoute) as (
    select 0, id, true
    from primaire
    where motif_primaire is not null

    union all

    select s.passe + 1, s.id, s.ajoute
    from (
        select passe, id, false as ajoute
        from etat

        union all

        select distinct (select max(passe) from etat), choix, true
        from (
            select
                coalesce(
                    arg_min(l.id, struct_pack(zero := l.valeur = 0, valeur := abs(l.valeur), id := l.id))
                        filter (where l.role = 'membre' and e.id is null),
                    any_value(l.id) filter (where l.role = 'total' and e.id is null)
                ) as choix
            from liens as l
            left join etat as e
                on e.id = l.id
            -- only groups a cell hidden by the previous pass belongs to can have become unsafe: the others
            -- were checked then, and an unsafe one got a cell hidden (so it is touched now)
            where l.groupe in (
                select t.groupe from liens as t join etat as n on n.id = t.id where n.ajoute
            )
            group by l.groupe
            having count(e.id) = 1
                or (
                    bool_or(l.role = 'total' and e.id is null)
                    and any_value(l.nature) = 'personnes'
                    and abs(coalesce(sum(l.valeur) filter (where l.role = 'membre' and e.id is not null), 0))
                        between 1 and (select min_cell - 1 from parametres)
                )
        ) as groupes_a_risque
        where choix is not null
    ) as s
    where (select bool_or(ajoute) from etat)
),

decision as (
    select id, min(passe) as passe_masque
    from etat
    where id in (select id from etat where passe = (select max(passe) from etat))
    group by id
)

select
    p.cle,
    p.population,
    p.nature,
    p.valeur,
    p.n_operateurs,
    p.part_max_operateur,
    d.id is not null as est_masque,
    p.motif_primaire,
    case
        when p.motif_primaire is not null then p.motif_primaire
        when d.id is not null then 'secondaire'
    end as motif_masque,
    d.passe_masque
from primaire as p
left join decision as d
    on d.id = p.id
