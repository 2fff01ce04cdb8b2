package org.ccionetwork.portal.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's small REST API (drafts now; feeds, iCal later), under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
