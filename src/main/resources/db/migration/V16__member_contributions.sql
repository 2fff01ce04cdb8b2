-- When a member last posted or uploaded. Writing it first in a posting or uploading transaction
-- holds that member's row until commit, so their rate and quota checks (count, then insert) run one
-- at a time per member: two tabs sending at once cannot both slip under the limit.
ALTER TABLE members ADD COLUMN last_contribution TIMESTAMP WITH TIME ZONE;
