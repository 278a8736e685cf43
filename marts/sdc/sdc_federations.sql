-- One bit per federation, in code order: the sdc_in_* registrations OR them to know which federations a
-- cell rests on, and turn the mask back into the sorted list of codes.
select
    code_federation as federation,
    cast(1 as ubigint) << cast(row_number() over (order by code_federation) - 1 as integer) as bit
from ref_federation
