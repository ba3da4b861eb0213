"""The demo loaders, in the order `load_demo` runs them: each builds on what the ones before it wrote."""

from .crm import leads_load
from .events import events_load
from .impact import impact_load
from .members import members_load
from .monitor import monitor_load
from .programme import programme_load
from .register.loader import register_load
from .space import space_load
from .talent import talent_load
from .users import users_load

LOADERS = (
    users_load,  # the roles' demo users, which the register, the leads and the events refer to
    register_load,  # the register, with the SBI reference, represented by the demo company user
    leads_load,  # the leads, of which the won ones settle in the register
    monitor_load,  # the reference totals and a snapshot of the whole register, the settled leads included
    events_load,  # events organised by companies in the register
    members_load,  # community members who follow, saved and registered for those events
    talent_load,  # vacancies at companies in the register
    space_load,  # buildings and spaces of the demo owner, companies' housing questions, the facility catalogue
    programme_load,  # the project leads' projects, the next year's plan and a handful of progress updates
    impact_load,  # the impact indicators, last: its computed figures read every app loaded before it
)
