package org.parley.engine.export;

import org.parley.model.Actor;

/**
 * An actor's CAMEO actor code, as GDELT's Actor1Code and POLECAT's actor codes carry it: its
 * country (ISO alpha-3, which CAMEO's country codes follow) followed by its sector (a CAMEO role
 * code: GOV, MIL, ...); "" when the actor has neither. Stateless.
 */
final class CameoActorCode {

    private CameoActorCode() {
    }

    static String of(Actor a) {
        return (a.country() == null ? "" : a.country()) + (a.sector() == null ? "" : a.sector());
    }
}
