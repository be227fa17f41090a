/**
 * Land-dispute mediation at the commune (Land Law 2024 art. 235, Decree 102/2024 art. 105): the case as the
 * mediation logbook (sổ theo dõi hòa giải) records it, the council that mediates, its sessions with the
 * parties' attendance and minutes, and the outcome. Time limits come from {@code deadline} (kind
 * {@value vn.dannguyen.mediation.MediationRules#DEADLINE_KIND}).
 */
package vn.dannguyen.mediation;
