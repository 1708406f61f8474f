/**
 * Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit by hand.
 */

export type paths = {
    "/api/activation/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member asks for a one-time code to activate their phone account
         * @description When name, ID number and phone match an active membership without an account, a 6-digit code valid for 10 minutes is sent to the phone. The answer is the same 200 whether or not anything matched, so it does not tell whether a person is a member. At most 5 requests an hour per phone and per ID number, and 30 per address (429).
         */
        post: operations["postActivationStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activation/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the code, create the worker account and sign in (sets the session cookie)
         * @description The username defaults to the phone number; the password must pass the policy. Every guess counts: after 5 wrong codes the code stops working (429) and a new one must be asked for.
         */
        post: operations["postActivationVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in my subtree; with mine=1 only those awaiting my union at their current step */
        get: operations["getApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its eligibility explanation, evidence list and history */
        get: operations["getApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve at my step: on to the next level, or final (ledger entitlement, quota and budget in one transaction). The final approval needs every required material attached or waived (waivers), else 409 APPLICATION_MATERIALS_MISSING naming them */
        post: operations["postApplicationsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach evidence: multipart (the field name of each file is its evidence key) or JSON {files:[{key, name, mime, dataBase64}]} */
        post: operations["postApplicationsByIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evidence file */
        get: operations["getApplicationsByIdFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason */
        post: operations["postApplicationsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit a returned application on the applicant’s behalf (JSON {note?}) */
        post: operations["postApplicationsByIdResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return for correction with a reason (the applicant can resubmit) */
        post: operations["postApplicationsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject or return many; each id is decided in its own transaction, so one refusal does not undo the others */
        post: operations["postApplicationsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log (administrators) */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username (or phone) and password; sets the session cookie
         * @description Attempts are counted per (login, address): after 5, each further attempt waits twice as long as the last (429).
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user with the role the session acts as and every role held, or 401 */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (the current one is required); my other sessions end */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/switch-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Act as another of my roles (e.g. from staff at a street union to reviewer at its district) */
        post: operations["postAuthSwitchRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim one item of a flash-claim program (or enter its lottery); answers at once */
        post: operations["postClaimsByProgramId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{programId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw the lottery once the window has closed: exactly the stock of distinct winners */
        post: operations["postClaimsByProgramIdDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{programId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures of a claim program: granted, left, entries, sell-out time, draw, by union */
        get: operations["getClaimsByProgramIdStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contest-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an entry while registration is open */
        delete: operations["deleteContestEntriesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contest-entries/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter or correct an entry's rank, score and prize (the organiser, once registration is closed) */
        put: operations["putContestEntriesByIdResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests offered to my union: organised in my subtree or by a union above it, latest first */
        get: operations["getContests"];
        put?: never;
        /** Create a contest of a union of my subtree, with its events (trades), open for registration */
        post: operations["postContests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contest with its events */
        get: operations["getContestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close registration (the organiser); results may then be entered */
        post: operations["postContestsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest's entries from the unions of my subtree, by event and rank */
        get: operations["getContestsByIdEntries"];
        put?: never;
        /** Register an entry for a union of my subtree: one member (individual event), 2+ members with a team name, or a unit; within the limits per union and per event (409); a person enters an event once */
        post: operations["postContestsByIdEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/entries.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries as .xlsx with their result columns: the sheet to fill in and import the results with */
        get: operations["getContestsByIdEntriesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the results: every prize becomes an award record of each person of its entry; publishing again after a correction updates them (409 when nothing changed) */
        post: operations["postContestsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the results (报名编号, 名次, 成绩, 奖项) from .xlsx or .csv: multipart field "file", or JSON { fileName, contentBase64 }; row errors, nothing imported when any row is wrong */
        post: operations["postContestsByIdResultsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contest statistics of a union subtree over a month range (by contest end date): participating unions, entries, persons, prizes by level and prize */
        get: operations["getContestsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/stats.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest statistics as .xlsx (by level, and prizes) */
        get: operations["getContestsStatsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and which database is in use */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import members from .xlsx or .csv (multipart field "file"); returns the job to poll */
        post: operations["postImportsMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members/{jobId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first 200 row errors of an import, for the page to show */
        get: operations["getImportsMembersByJobIdErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/members/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member import template (.xlsx) with an example row and notes */
        get: operations["getImportsMembersTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recognition proposals for studios of my subtree; `mine` lists those awaiting my union */
        get: operations["getInnovationRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/recognitions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve at my step: forwards to the next union, or (last step) recognises the studio from `decidedOn` and, at city level or above, opens its subsidy application once */
        post: operations["postInnovationRecognitionsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/recognitions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject at my step, with a reason */
        post: operations["postInnovationRecognitionsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/reevaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annual re-evaluations organised in my subtree or above it */
        get: operations["getInnovationReevaluations"];
        put?: never;
        /** Open the re-evaluation of a year and level for a union of my subtree */
        post: operations["postInnovationReevaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/reevaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A re-evaluation: the studios it covers in my subtree, their reports, decisions, and which are overdue */
        get: operations["getInnovationReevaluationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/reevaluations/{id}/studios/{studioId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a yearly report: pass, rectify or revoke (a reason for the last two); revoking ends the level */
        post: operations["postInnovationReevaluationsByIdStudiosByStudioIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/reevaluations/{id}/studios/{studioId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** File (or correct, until decided) a studio's yearly report: activities, people trained, achievements */
        put: operations["putInnovationReevaluationsByIdStudiosByStudioIdReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/studios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Studios hosted by unions of my subtree */
        get: operations["getInnovationStudios"];
        put?: never;
        /** Create a studio (at grassroots level) for a union of my subtree, with its leader and members */
        post: operations["postInnovationStudios"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/studios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A studio: members, level history, recognitions and the subsidies they opened (with what was paid) */
        get: operations["getInnovationStudiosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a studio; `members` replaces the member list (the leader is always a member) */
        patch: operations["patchInnovationStudiosById"];
        trace?: never;
    };
    "/api/innovation/studios/{id}/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the studio for a higher level (认定/晋升); review climbs the chain to the deciding union */
        post: operations["postInnovationStudiosByIdRecognitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/studios/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Studios by level at the end of the period (and led by a model worker of city level or above), promoted and revoked, achievements, conversions, patents, projects and subsidies paid in the period */
        get: operations["getInnovationStudiosStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/innovation/studios/stats/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio statistics as .xlsx */
        get: operations["getInnovationStudiosStatsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job (import, export) with its progress; only its owner or an administrator sees it */
        get: operations["getJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows a job refused, as sent, with the reasons in Chinese and English (.xlsx) */
        get: operations["getJobsByIdErrorsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Join requests to the unions of my subtree, newest first */
        get: operations["getJoinRequests"];
        put?: never;
        /**
         * Ask to join a grassroots union online (网上入会); the union reviews the request
         * @description Refused when the ID number already belongs to a member or has a pending request (409). At most 20 requests an hour per address (429).
         */
        post: operations["postJoinRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: the person becomes a member of the union from today and is asked to activate */
        post: operations["postJoinRequestsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason, which the applicant is sent */
        post: operations["postJoinRequestsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Grassroots unions to join (网上入会), by part of the name or the exact credit code
         * @description Active grassroots unions and branches; at most 20; names only, nothing personal.
         */
        get: operations["getJoinUnions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries in my subtree (entitlements and reversals) with their payment status */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/{entryId}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an unpaid entitlement with a reversing entry and a reason (entries are never edited) */
        post: operations["postLedgerByEntryIdReverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications, each with where its money stands once approved (paymentStatus) */
        get: operations["getMeApplications"];
        put?: never;
        /** Apply. multipart/form-data (fields programId, subjectRecordId?, claimedFen?, note?; each file under its evidence key) or JSON with base64 files. Not eligible → 400 PROGRAM_NOT_ELIGIBLE with details.decision */
        post: operations["postMeApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my applications, with why it was decided so and its history */
        get: operations["getMeApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of one of my applications (the photo I uploaded); another’s is 404 */
        get: operations["getMeApplicationsByIdFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit after a return for correction: multipart with new evidence files, or JSON */
        post: operations["postMeApplicationsByIdResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an undecided application */
        post: operations["postMeApplicationsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claim programs open to me (and recent ones), with the stock left and my result */
        get: operations["getMeClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My entitlements and whether they are paid */
        get: operations["getMePayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own profile (workers) */
        get: operations["getMeProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my phone number (workers) */
        patch: operations["patchMeProfile"];
        trace?: never;
    };
    "/api/me/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs open to me today, each with an eligibility preview (and my records for per-record programs) */
        get: operations["getMePrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own records (workers) */
        get: operations["getMeRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of my subtree (or of one union in it), searchable and filterable */
        get: operations["getMembers"];
        put?: never;
        /** Register a person as a member of a union */
        post: operations["postMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member with membership history */
        get: operations["getMembersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a member */
        patch: operations["patchMembersById"];
        trace?: never;
    };
    "/api/members/{id}/reveal-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unmasked ID-card number (audited) */
        post: operations["postMembersByIdRevealId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer the membership to another union (history is kept) */
        post: operations["postMembersByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of my subtree (or of one union) as .xlsx; ID numbers masked unless unmasked=1 */
        get: operations["getMembersExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My messages, newest first, with the total and the unread count (unread=true: only unread) */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my messages read (another user’s message answers 404) */
        post: operations["postMessagesByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my messages read */
        post: operations["postMessagesReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My unread messages, and for reviewers the applications waiting at my union’s step */
        get: operations["getMessagesUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a union below parentId, or a top union (kind federation, no parent; administrator only) */
        post: operations["postOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A union with counts and founding */
        get: operations["getOrgsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a union or record its founding, committee and credit code */
        patch: operations["patchOrgsById"];
        trace?: never;
    };
    "/api/orgs/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unions directly below one */
        get: operations["getOrgsByIdChildren"];
        put?: never;
        /** Create a union below one */
        post: operations["postOrgsByIdChildren"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close (撤销) an empty union */
        post: operations["postOrgsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a union and its subtree under another parent */
        post: operations["postOrgsByIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unions at the top of my subtree */
        get: operations["getOrgsRoots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search unions by name in my subtree */
        get: operations["getOrgsSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages the platform sent (SMS), newest first; administrators only
         * @description With the default sender no message leaves the server: this list is where one-time codes and notices can be read.
         */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches in my subtree */
        get: operations["getPaymentBatches"];
        put?: never;
        /** Batch every unpaid, unreversed entitlement of a program in my subtree. Idempotent with an Idempotency-Key header or a client-generated requestId: a retry returns the same batch (replayed: true) */
        post: operations["postPaymentBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment batch with its items */
        get: operations["getPaymentBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an unpaid batch; its entitlements can go into a new batch */
        post: operations["postPaymentBatchesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sheet for the bank or 京卡 office: full ID numbers for roles with people.reveal_id (audited), masked otherwise */
        get: operations["getPaymentBatchesByIdExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a batch paid (idempotent) */
        post: operations["postPaymentBatchesByIdMarkPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a new batch would pay now, without creating it: each application, the subtotal per union and the total. Pass its applicationIds and totalFen as `expected` when creating */
        post: operations["postPaymentBatchesPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs owned in my subtree or by a union above mine */
        get: operations["getPrograms"];
        put?: never;
        /** Create a draft program (rule and amount become version 1; validated, bilingual 400 with the path) */
        post: operations["postPrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A program with its current rule and amount, quota/budget usage and application counts */
        get: operations["getProgramsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a program; a changed rule or amount is saved as a new version */
        patch: operations["patchProgramsById"];
        trace?: never;
    };
    "/api/programs/{id}/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A union submits applications for its members ({personIds} or {rows}), or nominations (intake "nomination"); one transaction, per-row results */
        post: operations["postProgramsByIdBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a program: no new applications; pending ones can still be decided and paid */
        post: operations["postProgramsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose applications from records the platform holds, as a background job (poll GET /api/jobs/:id) */
        post: operations["postProgramsByIdProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: it starts taking applications */
        post: operations["postProgramsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** approved − reversed = paid + unpaid, to the fen */
        get: operations["getProgramsByIdReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many would qualify and what it would cost, per union one level down (draft rule/amount or current) */
        post: operations["postProgramsByIdSimulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version of the rule and amount */
        get: operations["getProgramsByIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/rule-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule vocabulary: person and record fields with labels (zh/en), the comparisons each accepts, their values and bounds; the amount kinds and tier keys (see docs/rules.md) */
        get: operations["getProgramsRuleFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records (certificates, awards, trainings, patents) of members in my subtree */
        get: operations["getRecords"];
        put?: never;
        /** Enter a record for a member (a patent: one row per inventor) */
        post: operations["postRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record */
        get: operations["getRecordsById"];
        put?: never;
        post?: never;
        /** Delete a record entered by mistake (a patent with all its inventors); refused once an application refers to it */
        delete: operations["deleteRecordsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import records of one kind from .xlsx or .csv, with row errors: multipart field "file", or JSON { fileName, contentBase64 } */
        post: operations["postRecordsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template for one kind of record (.xlsx) */
        get: operations["getRecordsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per category and program: applications (by application date), approved, rejected, people, unions (by decision date), amounts approved (by ledger entry date, net of reversals) and paid (by payment date), in fen; quota and budget; by the next level of unions and by what the records say */
        get: operations["getReportsPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/programs/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programs report as .xlsx: one sheet per breakdown, Chinese headers naming each date basis, amounts in yuan with two decimals */
        get: operations["getReportsProgramsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the platform still needs its first administrator (no account exists yet) */
        get: operations["getSetup"];
        put?: never;
        /** Create the first platform administrator with the one-time token the server printed; signs in */
        post: operations["postSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts with roles in my subtree (filter by union, role, status, or name/username/phone) */
        get: operations["getUsers"];
        put?: never;
        /**
         * Create an account with roles at unions of my subtree
         * @description mustChangePassword (default true) makes the user replace the password at the first sign-in; false makes it final at once, for scripted provisioning.
         */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account I manage */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an account: name, phone, and its union roles (replaced as a whole) */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account; its sessions end at once */
        post: operations["postUsersByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account again */
        post: operations["postUsersByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new temporary password, shown once; the user must change it at the next sign-in */
        post: operations["postUsersByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create accounts from .xlsx/.csv (用户名, 姓名, 手机号, 所在工会, 角色, 初始密码); all or nothing */
        post: operations["postUsersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description An amount rule, money in fen: fixed (fixed amount), tier (tiered amount), fee_share (share of the training fee), per_unit (per unit), none (in kind (no cash)). */
        AmountRule: {
            /** @enum {string} */
            kind: "fixed" | "tier" | "fee_share" | "per_unit" | "none";
        } & ({
            fen: number;
            /** @enum {string} */
            kind: "fixed";
        } | ({
            /** @enum {string} */
            by: "award.level" | "award.rank" | "certificate.grade" | "choice";
            /** @enum {string} */
            kind: "tier";
        } & ({
            /** @enum {string} */
            by: "award.level";
            /** @enum {string} */
            kind: "tier";
            tiers: {
                fen: number;
                /** @enum {string} */
                key: "enterprise" | "district" | "city" | "national" | "international";
                label?: string;
            }[];
        } | {
            /** @enum {string} */
            by: "award.rank";
            /** @enum {string} */
            kind: "tier";
            tiers: {
                fen: number;
                key: string;
                label?: string;
            }[];
        } | {
            /** @enum {string} */
            by: "certificate.grade";
            /** @enum {string} */
            kind: "tier";
            tiers: {
                fen: number;
                /** @enum {string} */
                key: "1" | "2" | "3" | "4" | "5";
                label?: string;
            }[];
        } | {
            /** @enum {string} */
            by: "choice";
            /** @enum {string} */
            kind: "tier";
            tiers: {
                fen: number;
                key: string;
                label?: string;
            }[];
        })) | {
            capFen?: number | null;
            /** @enum {string} */
            kind: "fee_share";
            /** @description 1–100; 100 = the whole fee */
            percent: number;
        } | {
            /** @enum {string} */
            kind: "per_unit";
            unitFen: number;
        } | {
            /** @enum {string} */
            kind: "none";
        });
        /** @description An eligibility rule (see docs/rules.md). Groups all/any/not nest other rules; person and has_record compare a field with the comparisons that field accepts. */
        Rule: {
            /** @enum {string} */
            op: "all" | "any" | "not" | "person" | "member_of_owner_subtree" | "has_record" | "union_level";
        } & ({
            /** @enum {string} */
            op: "all";
            rules: components["schemas"]["Rule"][];
        } | {
            /** @enum {string} */
            op: "any";
            rules: components["schemas"]["Rule"][];
        } | {
            /** @enum {string} */
            op: "not";
            rule: components["schemas"]["Rule"];
        } | ({
            /** @enum {string} */
            field: "isFrontLine" | "isOutdoor" | "isNewEmployment" | "isFemale" | "hardshipActive" | "hardshipLevel" | "modelWorkerLevel" | "age";
            /** @enum {string} */
            op: "person";
        } & ({
            /** @enum {string} */
            cmp: "eq" | "neq";
            /** @enum {string} */
            field: "isFrontLine";
            /** @enum {string} */
            op: "person";
            value: boolean | boolean[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq";
            /** @enum {string} */
            field: "isOutdoor";
            /** @enum {string} */
            op: "person";
            value: boolean | boolean[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq";
            /** @enum {string} */
            field: "isNewEmployment";
            /** @enum {string} */
            op: "person";
            value: boolean | boolean[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq";
            /** @enum {string} */
            field: "isFemale";
            /** @enum {string} */
            op: "person";
            value: boolean | boolean[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq";
            /** @enum {string} */
            field: "hardshipActive";
            /** @enum {string} */
            op: "person";
            value: boolean | boolean[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
            /** @enum {string} */
            field: "hardshipLevel";
            /** @enum {string} */
            op: "person";
            value: ("relative" | "general" | "deep") | ("relative" | "general" | "deep")[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
            /** @enum {string} */
            field: "modelWorkerLevel";
            /** @enum {string} */
            op: "person";
            value: ("district" | "city" | "national") | ("district" | "city" | "national")[];
        } | {
            /** @enum {string} */
            cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
            /** @enum {string} */
            field: "age";
            /** @enum {string} */
            op: "person";
            value: number | number[];
        })) | {
            /** @enum {string} */
            op: "member_of_owner_subtree";
        } | ({
            /** @enum {string} */
            kind: "certificate" | "award" | "training" | "patent";
            /** @enum {string} */
            op: "has_record";
        } & ({
            /** @enum {string} */
            kind: "certificate";
            /** @enum {string} */
            op: "has_record";
            where: ({
                /** @enum {string} */
                field: "grade" | "occupation" | "year";
            } & ({
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "grade";
                value: number | number[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "occupation";
                value: string | string[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "year";
                value: number | number[];
            }))[];
        } | {
            /** @enum {string} */
            kind: "award";
            /** @enum {string} */
            op: "has_record";
            where: ({
                /** @enum {string} */
                field: "level" | "rank" | "competition" | "year";
            } & ({
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "level";
                value: ("enterprise" | "district" | "city" | "national" | "international") | ("enterprise" | "district" | "city" | "national" | "international")[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "rank";
                value: string | string[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "competition";
                value: string | string[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "year";
                value: number | number[];
            }))[];
        } | {
            /** @enum {string} */
            kind: "training";
            /** @enum {string} */
            op: "has_record";
            where: ({
                /** @enum {string} */
                field: "course" | "organiser" | "result" | "year" | "feeFen";
            } & ({
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "course";
                value: string | string[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "organiser";
                value: string | string[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "result";
                value: ("passed" | "failed" | "absent") | ("passed" | "failed" | "absent")[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "year";
                value: number | number[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "feeFen";
                value: number | number[];
            }))[];
        } | {
            /** @enum {string} */
            kind: "patent";
            /** @enum {string} */
            op: "has_record";
            where: ({
                /** @enum {string} */
                field: "type" | "inventorOrder" | "year";
            } & ({
                /** @enum {string} */
                cmp: "eq" | "neq" | "in";
                /** @enum {string} */
                field: "type";
                value: ("invention" | "utility_model" | "design") | ("invention" | "utility_model" | "design")[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "inventorOrder";
                value: number | number[];
            } | {
                /** @enum {string} */
                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                /** @enum {string} */
                field: "year";
                value: number | number[];
            }))[];
        })) | {
            /** @enum {string} */
            cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
            /** @enum {string} */
            op: "union_level";
            value: number | number[];
        });
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    postActivationStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Resident ID-card number (GB 11643) */
                    idNumber: string;
                    name: string;
                    /** @description Mobile phone number */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postActivationVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    password: string;
                    /** @description Mobile phone number */
                    phone: string;
                    /** @description Defaults to the phone number */
                    username?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getApplications: {
        parameters: {
            query?: {
                /** @description only what awaits my union at its current step */
                mine?: boolean;
                orgId?: number;
                page?: number;
                pageSize?: number;
                programId?: number;
                q?: string;
                status?: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                step?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountFen: number | null;
                            applicantOrgId: number | null;
                            appliedOn: string;
                            choiceKey: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decision: {
                                eligible: boolean;
                                outcomes: {
                                    held: boolean;
                                    path: string;
                                    seen: unknown;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                            };
                            feeFen: number | null;
                            id: number;
                            /** @enum {string} */
                            intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            periodKey: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                            programId: number;
                            programName: string;
                            /** @enum {string} */
                            status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                            step: number;
                            stepLevel: number | null;
                            stepOrgId: number | null;
                            stepOrgName: string | null;
                            subjectKey: string | null;
                            subjectRecordId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        events: {
                            action: string;
                            /** @description who acted, by their display name */
                            actorName: string | null;
                            /** @description the union they acted for */
                            actorOrgName: string | null;
                            /** Format: date-time */
                            at: string;
                            data: unknown;
                            id: number;
                            orgId: number | null;
                            orgName: string | null;
                            reason: string | null;
                            step: number | null;
                        }[];
                        feeFen: number | null;
                        files: {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            key: string;
                            mime: string;
                            name: string;
                            size: number;
                        }[];
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        liveDecision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        } | null;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        payment: {
                            amountFen: number;
                            /** Format: date-time */
                            batchCreatedAt: string | null;
                            batchId: number | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "unpaid" | "in_batch" | "paid" | "reversed";
                        } | null;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    choiceKey?: string | null;
                    reason?: string | null;
                    /** @description On approval: required materials exempted (免提交), each with a reason, recorded in the history. The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING). */
                    waivers?: {
                        /** @description the evidence key of a required material */
                        key: string;
                        /** @description why it is exempted (required, not blank) */
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsByIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    files: {
                        dataBase64: string;
                        key: string;
                        mime: string;
                        name: string;
                    }[];
                };
                "multipart/form-data": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: number;
                        key: string;
                        mime: string;
                        name: string;
                        size: number;
                    }[];
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getApplicationsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    choiceKey?: string | null;
                    reason?: string | null;
                    /** @description On approval: required materials exempted (免提交), each with a reason, recorded in the history. The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING). */
                    waivers?: {
                        /** @description the evidence key of a required material */
                        key: string;
                        /** @description why it is exempted (required, not blank) */
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsByIdResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    choiceKey?: string | null;
                    reason?: string | null;
                    /** @description On approval: required materials exempted (免提交), each with a reason, recorded in the history. The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING). */
                    waivers?: {
                        /** @description the evidence key of a required material */
                        key: string;
                        /** @description why it is exempted (required, not blank) */
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postApplicationsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "approve" | "reject" | "return";
                    choiceKey?: string | null;
                    ids: number[];
                    reason?: string | null;
                    /** @description On approval: required materials exempted (免提交), each with a reason, recorded in the history. The final approval needs every required material attached or waived (409 APPLICATION_MATERIALS_MISSING). */
                    waivers?: {
                        /** @description the evidence key of a required material */
                        key: string;
                        /** @description why it is exempted (required, not blank) */
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        failed: number;
                        results: {
                            code?: string;
                            id: number;
                            message?: {
                                en: string;
                                zh: string;
                            };
                            ok: boolean;
                            status?: string;
                        }[];
                        succeeded: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                action?: string;
                /** @description who acted: part of a person's name, or their exact login name */
                actor?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description one of account.activate, application.approve, application.approve_step, application.batch, application.file.read, application.files.add, application.reject, application.resubmit, application.return, application.submit, application.withdraw, auth.change_password, auth.login, auth.switch_role, claim.draw, contest.close, contest.create, contest.publish, contest.results_import, contest_entry.create, contest_entry.result, contest_entry.withdraw, join_request.accept, join_request.create, join_request.decline, ledger.reverse, org.close, org.create, org.move, org.update, payment_batch.cancel, payment_batch.create, payment_batch.export, payment_batch.export.id_numbers, payment_batch.paid, person.create, person.id_number.export, person.id_number.read, person.import, person.transfer, person.update, person.update_self, program.close, program.create, program.proposals, program.proposals.start, program.publish, program.update, record.create, record.delete, record.import, setup.first_admin, studio.create, studio.level, studio.recognition.approve, studio.recognition.propose, studio.recognition.reject, studio.reevaluation.create, studio.report.decide, studio.report.file, studio.revoke, studio.update, user.create, user.disable, user.enable, user.import, user.reset_password, user.update */
                            action: string;
                            actorName: string | null;
                            actorOrgName: string | null;
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            before: unknown;
                            /** @description one of application, contest, contest_entry, innovation_recognition, innovation_reevaluation, innovation_studio, job, join_request, ledger_entry, org, payment_batch, person, program, record, user */
                            entity: string;
                            entityId: string | null;
                            id: number;
                            ip: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            /** @description names of the unions that before and after name by id (orgId, parentId, stepOrgId …) */
                            unionNames: {
                                [key: string]: string;
                            };
                            userId: number | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @enum {string} */
                    portal?: "staff" | "worker";
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: number;
                        displayName: string;
                        mustChangePassword: boolean;
                        orgId: number | null;
                        permissions: string[];
                        personId: number | null;
                        /** @enum {string} */
                        role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        userId: number;
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: number;
                        displayName: string;
                        mustChangePassword: boolean;
                        orgId: number | null;
                        permissions: string[];
                        personId: number | null;
                        /** @enum {string} */
                        role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        userId: number;
                        username: string;
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postAuthSwitchRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignmentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignmentId: number;
                        displayName: string;
                        mustChangePassword: boolean;
                        orgId: number | null;
                        permissions: string[];
                        personId: number | null;
                        /** @enum {string} */
                        role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        userId: number;
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postClaimsByProgramId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: number | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        } | null;
                        left: number | null;
                        message: {
                            en: string;
                            zh: string;
                        };
                        /** @enum {string} */
                        result: "granted" | "sold_out" | "already_claimed" | "not_eligible" | "not_open" | "entered_lottery";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postClaimsByProgramIdDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    seed?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        drawnAt: string;
                        entries: number;
                        entriesDigest: string;
                        programId: number;
                        seed: string;
                        stock: number | null;
                        winners: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getClaimsByProgramIdStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byUnion: {
                            entries: number;
                            granted: number;
                            name: string;
                            orgId: number;
                        }[];
                        claimEndsAt: string | null;
                        claimStartsAt: string | null;
                        distinctPeople: number;
                        draw: {
                            drawnAt: string;
                            drawnBy: string | null;
                            entries: number;
                            entriesDigest: string;
                            seed: string;
                            winners: number;
                        } | null;
                        entries: number;
                        firstGrantAt: string | null;
                        granted: number;
                        lastGrantAt: string | null;
                        left: number | null;
                        lottery: boolean;
                        name: string;
                        programId: number;
                        sellOutMs: number | null;
                        soldOutAt: string | null;
                        stock: number | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    deleteContestEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    putContestEntriesByIdResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 金牌, 一等奖, 优胜奖, 岗位标兵 …; blank for none */
                    prize?: string | null;
                    rank?: number | null;
                    score?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contestId: number;
                        eventId: number;
                        eventName: string;
                        id: number;
                        members: {
                            idMasked: string;
                            name: string;
                            personId: number;
                        }[];
                        /**
                         * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                         * @enum {string}
                         */
                        mode: "individual" | "team" | "unit";
                        name: string | null;
                        orgId: number;
                        orgName: string;
                        prize: string | null;
                        /** @description the prize the last publication recorded */
                        publishedPrize: string | null;
                        rank: number | null;
                        score: number | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "closed" | "published";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            endsOn: string;
                            entryCount: number;
                            /** @description results corrected since the last publication */
                            hasUnpublishedChanges: boolean;
                            id: number;
                            /**
                             * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                             * @enum {string}
                             */
                            kind: "skills" | "labour";
                            /**
                             * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                             * @enum {string}
                             */
                            level: "national" | "city" | "district" | "industry" | "enterprise";
                            limitPerUnion: number | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            publishedAt: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed" | "published";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postContests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endsOn: string;
                    events: {
                        limitPerUnion?: number | null;
                        /**
                         * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                         * @enum {string}
                         */
                        mode: "individual" | "team" | "unit";
                        name: string;
                        teamSize?: number | null;
                    }[];
                    /**
                     * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                     * @enum {string}
                     */
                    kind: "skills" | "labour";
                    /**
                     * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                     * @enum {string}
                     */
                    level: "national" | "city" | "district" | "industry" | "enterprise";
                    limitPerUnion?: number | null;
                    name: string;
                    orgId: number;
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        entryCount: number;
                        events: {
                            id: number;
                            limitPerUnion: number | null;
                            /**
                             * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                             * @enum {string}
                             */
                            mode: "individual" | "team" | "unit";
                            name: string;
                            teamSize: number | null;
                        }[];
                        /** @description results corrected since the last publication */
                        hasUnpublishedChanges: boolean;
                        id: number;
                        /**
                         * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                         * @enum {string}
                         */
                        kind: "skills" | "labour";
                        /**
                         * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                         * @enum {string}
                         */
                        level: "national" | "city" | "district" | "industry" | "enterprise";
                        limitPerUnion: number | null;
                        /** @description the caller may close entries, enter, import and publish results (the organiser's subtree) */
                        mayManage: boolean;
                        name: string;
                        orgId: number;
                        orgName: string;
                        publishedAt: string | null;
                        startsOn: string;
                        /** @enum {string} */
                        status: "open" | "closed" | "published";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        entryCount: number;
                        events: {
                            id: number;
                            limitPerUnion: number | null;
                            /**
                             * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                             * @enum {string}
                             */
                            mode: "individual" | "team" | "unit";
                            name: string;
                            teamSize: number | null;
                        }[];
                        /** @description results corrected since the last publication */
                        hasUnpublishedChanges: boolean;
                        id: number;
                        /**
                         * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                         * @enum {string}
                         */
                        kind: "skills" | "labour";
                        /**
                         * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                         * @enum {string}
                         */
                        level: "national" | "city" | "district" | "industry" | "enterprise";
                        limitPerUnion: number | null;
                        /** @description the caller may close entries, enter, import and publish results (the organiser's subtree) */
                        mayManage: boolean;
                        name: string;
                        orgId: number;
                        orgName: string;
                        publishedAt: string | null;
                        startsOn: string;
                        /** @enum {string} */
                        status: "open" | "closed" | "published";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postContestsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endsOn: string;
                        entryCount: number;
                        events: {
                            id: number;
                            limitPerUnion: number | null;
                            /**
                             * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                             * @enum {string}
                             */
                            mode: "individual" | "team" | "unit";
                            name: string;
                            teamSize: number | null;
                        }[];
                        /** @description results corrected since the last publication */
                        hasUnpublishedChanges: boolean;
                        id: number;
                        /**
                         * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                         * @enum {string}
                         */
                        kind: "skills" | "labour";
                        /**
                         * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                         * @enum {string}
                         */
                        level: "national" | "city" | "district" | "industry" | "enterprise";
                        limitPerUnion: number | null;
                        /** @description the caller may close entries, enter, import and publish results (the organiser's subtree) */
                        mayManage: boolean;
                        name: string;
                        orgId: number;
                        orgName: string;
                        publishedAt: string | null;
                        startsOn: string;
                        /** @enum {string} */
                        status: "open" | "closed" | "published";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContestsByIdEntries: {
        parameters: {
            query?: {
                eventId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contestId: number;
                            eventId: number;
                            eventName: string;
                            id: number;
                            members: {
                                idMasked: string;
                                name: string;
                                personId: number;
                            }[];
                            /**
                             * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                             * @enum {string}
                             */
                            mode: "individual" | "team" | "unit";
                            name: string | null;
                            orgId: number;
                            orgName: string;
                            prize: string | null;
                            /** @description the prize the last publication recorded */
                            publishedPrize: string | null;
                            rank: number | null;
                            score: number | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postContestsByIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    eventId: number;
                    /** @description the team or unit name (team and unit events) */
                    name?: string | null;
                    orgId: number;
                    personIds: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contestId: number;
                        eventId: number;
                        eventName: string;
                        id: number;
                        members: {
                            idMasked: string;
                            name: string;
                            personId: number;
                        }[];
                        /**
                         * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                         * @enum {string}
                         */
                        mode: "individual" | "team" | "unit";
                        name: string | null;
                        orgId: number;
                        orgName: string;
                        prize: string | null;
                        /** @description the prize the last publication recorded */
                        publishedPrize: string | null;
                        rank: number | null;
                        score: number | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContestsByIdEntriesXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postContestsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changedEntries: number;
                        contest: {
                            endsOn: string;
                            entryCount: number;
                            events: {
                                id: number;
                                limitPerUnion: number | null;
                                /**
                                 * @description individual 个人, team 团队/班组, unit 单位 (no persons)
                                 * @enum {string}
                                 */
                                mode: "individual" | "team" | "unit";
                                name: string;
                                teamSize: number | null;
                            }[];
                            /** @description results corrected since the last publication */
                            hasUnpublishedChanges: boolean;
                            id: number;
                            /**
                             * @description skills 技能竞赛 (trades), labour 劳动竞赛 (between units)
                             * @enum {string}
                             */
                            kind: "skills" | "labour";
                            /**
                             * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                             * @enum {string}
                             */
                            level: "national" | "city" | "district" | "industry" | "enterprise";
                            limitPerUnion: number | null;
                            /** @description the caller may close entries, enter, import and publish results (the organiser's subtree) */
                            mayManage: boolean;
                            name: string;
                            orgId: number;
                            orgName: string;
                            publishedAt: string | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "open" | "closed" | "published";
                        };
                        /** @description award records written or updated */
                        records: number;
                        /** @description award records removed because their prize was withdrawn */
                        recordsRemoved: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postContestsByIdResultsImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            column: string;
                            messageEn: string;
                            messageZh: string;
                            rowNo: number;
                        }[];
                        /** @description rows applied; 0 when any row is wrong (nothing is half-imported) */
                        imported: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContestsStats: {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byLevel: {
                            /** @description individual entries */
                            individuals: number;
                            /**
                             * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                             * @enum {string}
                             */
                            level: "national" | "city" | "district" | "industry" | "enterprise";
                            /** @description persons entered, individuals and team members */
                            people: number;
                            /** @description prizes published */
                            prizes: number;
                            /** @description team entries */
                            teams: number;
                            /** @description unit entries */
                            unitEntries: number;
                            /** @description unions taking part (registered at least one entry) */
                            units: number;
                        }[];
                        from: string | null;
                        org: {
                            id: number | null;
                            name: string;
                        };
                        prizes: {
                            /**
                             * @description national 国家级, city 市级, district 区级, industry 系统/行业 (recorded as district), enterprise 企业级
                             * @enum {string}
                             */
                            level: "national" | "city" | "district" | "industry" | "enterprise";
                            n: number;
                            prize: string;
                        }[];
                        to: string | null;
                        totals: {
                            /** @description individual entries */
                            individuals: number;
                            /** @description persons entered, individuals and team members */
                            people: number;
                            /** @description prizes published */
                            prizes: number;
                            /** @description team entries */
                            teams: number;
                            /** @description unit entries */
                            unitEntries: number;
                            /** @description unions taking part (registered at least one entry) */
                            units: number;
                        };
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getContestsStatsXlsx: {
        parameters: {
            query?: {
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    postImportsMembers: {
        parameters: {
            query?: {
                /** @description The join date of new members whose 入会日期 is blank; without it such rows are refused */
                defaultJoinedOn?: string;
                /** @description all_or_nothing (default): nothing unless every row is valid; valid_only: the valid rows */
                mode?: "all_or_nothing" | "valid_only";
                /** @description The union for rows whose 所在工会 is blank */
                orgId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getImportsMembersByJobIdErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        column: string;
                        messageEn: string;
                        messageZh: string;
                        rowNo: number;
                        value: string;
                    }[];
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getImportsMembersTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationRecognitions: {
        parameters: {
            query?: {
                /** @description Only what awaits my union */
                mine?: boolean;
                page?: number;
                pageSize?: number;
                status?: "submitted" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedOn: string | null;
                            /** @enum {string} */
                            fromLevel: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            id: number;
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            note: string;
                            proposedByOrgId: number;
                            proposedByOrgName: string;
                            reason: string | null;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "rejected";
                            step: number;
                            stepOrgId: number;
                            stepOrgName: string;
                            steps: number;
                            studioId: number;
                            studioName: string;
                            studioOrgId: number;
                            studioOrgName: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationRecognitionsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decidedOn?: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        decidedOn: string | null;
                        /** @enum {string} */
                        fromLevel: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        id: number;
                        /** @enum {string} */
                        level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        note: string;
                        proposedByOrgId: number;
                        proposedByOrgName: string;
                        reason: string | null;
                        /** @enum {string} */
                        status: "submitted" | "approved" | "rejected";
                        step: number;
                        stepOrgId: number;
                        stepOrgName: string;
                        steps: number;
                        studioId: number;
                        studioName: string;
                        studioOrgId: number;
                        studioOrgName: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationRecognitionsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decidedOn?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        decidedOn: string | null;
                        /** @enum {string} */
                        fromLevel: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        id: number;
                        /** @enum {string} */
                        level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        note: string;
                        proposedByOrgId: number;
                        proposedByOrgName: string;
                        reason: string | null;
                        /** @enum {string} */
                        status: "submitted" | "approved" | "rejected";
                        step: number;
                        stepOrgId: number;
                        stepOrgName: string;
                        steps: number;
                        studioId: number;
                        studioName: string;
                        studioOrgId: number;
                        studioOrgName: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationReevaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            decided: number;
                            dueOn: string;
                            filed: number;
                            id: number;
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            orgId: number;
                            orgName: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationReevaluations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueOn: string;
                    /** @enum {string} */
                    level: "district" | "city" | "city_demonstration" | "national";
                    orgId: number;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationReevaluationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canDecide: boolean;
                        dueOn: string;
                        id: number;
                        /** @enum {string} */
                        level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        orgId: number;
                        orgName: string;
                        overdue: number;
                        studios: {
                            achievementIds: number[] | null;
                            achievements: {
                                id: number;
                                title: string;
                                year: number;
                            }[];
                            activities: string | null;
                            decidedOn: string | null;
                            filedOn: string | null;
                            leaderName: string | null;
                            orgId: number;
                            orgName: string;
                            /** @enum {string|null} */
                            outcome: "pass" | "rectify" | "revoke" | null;
                            overdue: boolean;
                            peopleTrained: number | null;
                            reason: string | null;
                            reportId: number | null;
                            status: string;
                            studioId: number;
                            studioName: string;
                        }[];
                        year: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationReevaluationsByIdStudiosByStudioIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                studioId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decidedOn?: string;
                    /** @enum {string} */
                    outcome: "pass" | "rectify" | "revoke";
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    putInnovationReevaluationsByIdStudiosByStudioIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                studioId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    achievementIds?: number[];
                    activities: string;
                    peopleTrained: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationStudios: {
        parameters: {
            query?: {
                level?: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "active" | "revoked" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            employer: string | null;
                            field: string | null;
                            foundedOn: string | null;
                            id: number;
                            industry: string | null;
                            leaderModelWorkerLevel: string | null;
                            leaderName: string | null;
                            leaderPersonId: number | null;
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            levelSince: string | null;
                            memberCount: number;
                            name: string;
                            orgId: number;
                            orgName: string;
                            status: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationStudios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    employer?: string | null;
                    field?: string | null;
                    foundedOn?: string | null;
                    industry?: string | null;
                    leaderPersonId?: number | null;
                    members?: {
                        joinedOn?: string | null;
                        personId: number;
                        /** @enum {string} */
                        role: "leader" | "core" | "member";
                    }[];
                    name: string;
                    orgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationStudiosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canEdit: boolean;
                        description: string;
                        employer: string | null;
                        field: string | null;
                        foundedOn: string | null;
                        id: number;
                        industry: string | null;
                        leaderIsCityModelWorker: boolean;
                        leaderModelWorkerLevel: string | null;
                        leaderName: string | null;
                        leaderPersonId: number | null;
                        /** @enum {string} */
                        level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                        levels: {
                            fromOn: string;
                            id: number;
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            reason: string | null;
                            toOn: string | null;
                        }[];
                        levelSince: string | null;
                        memberCount: number;
                        members: {
                            joinedOn: string | null;
                            modelWorkerLevel: string | null;
                            name: string;
                            personId: number;
                            /** @enum {string} */
                            role: "leader" | "core" | "member";
                        }[];
                        name: string;
                        orgId: number;
                        orgName: string;
                        recognitions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedOn: string | null;
                            /** @enum {string} */
                            fromLevel: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            id: number;
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            note: string;
                            proposedByOrgId: number;
                            proposedByOrgName: string;
                            reason: string | null;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "rejected";
                            step: number;
                            stepOrgId: number;
                            stepOrgName: string;
                            steps: number;
                            studioId: number;
                            studioName: string;
                            studioOrgId: number;
                            studioOrgName: string;
                        }[];
                        status: string;
                        subsidies: {
                            /** @description fen */
                            amountFen: number | null;
                            applicationId: number;
                            appliedOn: string;
                            /** @description fen */
                            paidFen: number;
                            presetKey: string | null;
                            programName: string;
                            status: string;
                            subjectKey: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchInnovationStudiosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    employer?: string | null;
                    field?: string | null;
                    foundedOn?: string | null;
                    industry?: string | null;
                    leaderPersonId?: number | null;
                    members?: {
                        joinedOn?: string | null;
                        personId: number;
                        /** @enum {string} */
                        role: "leader" | "core" | "member";
                    }[];
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postInnovationStudiosByIdRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    level: "district" | "city" | "city_demonstration";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationStudiosStats: {
        parameters: {
            query: {
                fromYear: number;
                orgId?: number;
                toYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        achievements: number;
                        asOf: string;
                        cityAndAbove: number;
                        cityAndAboveModelWorkerLed: number;
                        /** @description fen */
                        conversionFen: number;
                        conversions: number;
                        districtAndAbove: number;
                        fromYear: number;
                        inventionPatents: number;
                        levels: {
                            /** @enum {string} */
                            level: "grassroots" | "district" | "city" | "city_demonstration" | "national";
                            modelWorkerLed: number;
                            n: number;
                        }[];
                        org: {
                            id: number;
                            name: string;
                        };
                        patents: number;
                        projects: number;
                        promoted: number;
                        promotedToCity: number;
                        revoked: number;
                        subsidies: {
                            approved: number;
                            /** @description fen */
                            paidFen: number;
                            presetKey: string | null;
                            programName: string;
                        }[];
                        /** @description fen */
                        subsidiesPaidFen: number;
                        toYear: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getInnovationStudiosStatsExportXlsx: {
        parameters: {
            query: {
                fromYear: number;
                orgId?: number;
                toYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        done: number;
                        error: {
                            code: string;
                            details?: unknown;
                            messageEn: string;
                            messageZh: string;
                        } | null;
                        finishedAt: string | null;
                        id: number;
                        kind: string;
                        /** @description queued, reading, validating, staging, merging, done; `done` counts rows of this phase */
                        phase: string;
                        result: {
                            created?: number;
                            errorCount?: number;
                            ignored?: number;
                            /** @description Rows read as no data (a 合计 row, a 填表说明 block), left out without an error */
                            ignoredRows?: number[];
                            imported?: number;
                            rejected?: number;
                            transferred?: number;
                            updated?: number;
                        } | null;
                        status: "running" | "succeeded" | "failed";
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getJobsByIdErrorsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getJoinRequests: {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
                status?: "pending" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            decidedAt: string | null;
                            employer: string | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            personId: number | null;
                            phone: string;
                            reason: string | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postJoinRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employer?: string;
                    /** @description Resident ID-card number (GB 11643) */
                    idNumber: string;
                    name: string;
                    note?: string;
                    orgId: number;
                    /** @description Mobile phone number */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        orgName: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Too many attempts; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postJoinRequestsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        decidedAt: string | null;
                        employer: string | null;
                        id: number;
                        idMasked: string;
                        name: string;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        personId: number | null;
                        phone: string;
                        reason: string | null;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postJoinRequestsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        decidedAt: string | null;
                        employer: string | null;
                        id: number;
                        idMasked: string;
                        name: string;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        personId: number | null;
                        phone: string;
                        reason: string | null;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined";
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getJoinUnions: {
        parameters: {
            query: {
                /** @description Part of the name, or the credit code */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The names of the unions above, the top first */
                            chain: string[];
                            id: number;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getLedger: {
        parameters: {
            query?: {
                kind?: "entitlement" | "reversal";
                page?: number;
                pageSize?: number;
                paymentStatus?: "unpaid" | "in_batch" | "paid" | "reversed";
                personId?: number;
                programId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description signed: reversals are negative */
                            amountFen: number;
                            applicationId: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @enum {string} */
                            kind: "entitlement" | "reversal";
                            orgId: number;
                            orgName: string;
                            paymentBatchId: number | null;
                            /** @enum {string|null} */
                            paymentStatus: "unpaid" | "in_batch" | "paid" | "reversed" | null;
                            periodKey: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                            programId: number;
                            programName: string;
                            reason: string | null;
                            reversedById: number | null;
                            reversesId: number | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postLedgerByEntryIdReverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description signed: reversals are negative */
                        amountFen: number;
                        applicationId: number;
                        /** Format: date-time */
                        createdAt: string;
                        id: number;
                        /** @enum {string} */
                        kind: "entitlement" | "reversal";
                        orgId: number;
                        orgName: string;
                        paymentBatchId: number | null;
                        /** @enum {string|null} */
                        paymentStatus: "unpaid" | "in_batch" | "paid" | "reversed" | null;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        reason: string | null;
                        reversedById: number | null;
                        reversesId: number | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeApplications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountFen: number | null;
                            applicantOrgId: number | null;
                            appliedOn: string;
                            choiceKey: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decision: {
                                eligible: boolean;
                                outcomes: {
                                    held: boolean;
                                    path: string;
                                    seen: unknown;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                            };
                            feeFen: number | null;
                            id: number;
                            /** @enum {string} */
                            intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            /** @enum {string|null} */
                            paymentStatus: "unpaid" | "in_batch" | "paid" | "reversed" | null;
                            periodKey: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                            programId: number;
                            programName: string;
                            /** @enum {string} */
                            status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                            step: number;
                            stepLevel: number | null;
                            stepOrgId: number | null;
                            stepOrgName: string | null;
                            subjectKey: string | null;
                            subjectRecordId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMeApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    claimedFen?: number | null;
                    files?: {
                        dataBase64: string;
                        key: string;
                        mime: string;
                        name: string;
                    }[];
                    note?: string | null;
                    programId: number;
                    subjectRecordId?: number | null;
                };
                "multipart/form-data": {
                    claimedFen?: string;
                    note?: string;
                    programId: string;
                    subjectRecordId?: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        events: {
                            action: string;
                            /** @description who acted, by their display name */
                            actorName: string | null;
                            /** @description the union they acted for */
                            actorOrgName: string | null;
                            /** Format: date-time */
                            at: string;
                            data: unknown;
                            id: number;
                            orgId: number | null;
                            orgName: string | null;
                            reason: string | null;
                            step: number | null;
                        }[];
                        feeFen: number | null;
                        files: {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            key: string;
                            mime: string;
                            name: string;
                            size: number;
                        }[];
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        liveDecision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        } | null;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        payment: {
                            amountFen: number;
                            /** Format: date-time */
                            batchCreatedAt: string | null;
                            batchId: number | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @enum {string} */
                            status: "unpaid" | "in_batch" | "paid" | "reversed";
                        } | null;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeApplicationsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMeApplicationsByIdResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    claimedFen?: number | null;
                    files?: {
                        dataBase64: string;
                        key: string;
                        mime: string;
                        name: string;
                    }[];
                    note?: string | null;
                };
                "multipart/form-data": {
                    claimedFen?: string;
                    note?: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMeApplicationsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountFen: number | null;
                        applicantOrgId: number | null;
                        appliedOn: string;
                        choiceKey: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: {
                            eligible: boolean;
                            outcomes: {
                                held: boolean;
                                path: string;
                                seen: unknown;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                        feeFen: number | null;
                        id: number;
                        /** @enum {string} */
                        intake: "apply" | "batch" | "proposal" | "claim" | "nomination";
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        periodKey: string;
                        personId: number | null;
                        personIdMasked: string | null;
                        personName: string | null;
                        programId: number;
                        programName: string;
                        /** @enum {string} */
                        status: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
                        step: number;
                        stepLevel: number | null;
                        stepOrgId: number | null;
                        stepOrgName: string | null;
                        subjectKey: string | null;
                        subjectRecordId: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            applicationId: number | null;
                            claimEndsAt: string;
                            claimStartsAt: string;
                            description: string | null;
                            left: number | null;
                            lottery: boolean;
                            /** @enum {string|null} */
                            myResult: "granted" | "entered_lottery" | "not_drawn" | null;
                            name: string;
                            ownerOrgName: string;
                            programId: number;
                            /** @enum {string} */
                            state: "upcoming" | "open" | "sold_out" | "ended" | "drawn";
                            stock: number | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMePayments: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description signed: reversals are negative */
                            amountFen: number;
                            applicationId: number;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @enum {string} */
                            kind: "entitlement" | "reversal";
                            orgId: number;
                            orgName: string;
                            paymentBatchId: number | null;
                            /** @enum {string|null} */
                            paymentStatus: "unpaid" | "in_batch" | "paid" | "reversed" | null;
                            periodKey: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                            programId: number;
                            programName: string;
                            reason: string | null;
                            reversedById: number | null;
                            reversesId: number | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        memberships: {
                            id: number;
                            joinedOn: string;
                            leftOn: string | null;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            status: "active" | "transferred" | "left";
                        }[];
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchMeProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        memberships: {
                            id: number;
                            joinedOn: string;
                            leftOn: string | null;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            status: "active" | "transferred" | "left";
                        }[];
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMePrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: components["schemas"]["AmountRule"];
                            /** @enum {string} */
                            applicantType: "person" | "union";
                            budgetFen: number | null;
                            candidates: {
                                amountFen: number | null;
                                applied: boolean;
                                decision: {
                                    eligible: boolean;
                                    outcomes: {
                                        held: boolean;
                                        path: string;
                                        seen: unknown;
                                        text: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                };
                                label: string;
                                recordId: number;
                                year: number;
                            }[];
                            /** @enum {string} */
                            category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                            /** Format: date-time */
                            claimEndsAt: string | null;
                            /** Format: date-time */
                            claimStartsAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currentVersion: number;
                            description: string | null;
                            eligibility: {
                                eligible: boolean;
                                outcomes: {
                                    held: boolean;
                                    path: string;
                                    seen: unknown;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                            };
                            /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                            evidenceWindow: {
                                /** @enum {string} */
                                kind: "period";
                            } | {
                                before: number;
                                /** @enum {string} */
                                kind: "years";
                            } | {
                                from: string;
                                /** @enum {string} */
                                kind: "dates";
                                to: string;
                            } | {
                                /** @enum {string} */
                                kind: "any";
                            };
                            id: number;
                            intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                            /** @enum {string} */
                            limitMode: "per_person_per_period" | "per_subject" | "none";
                            lottery: boolean;
                            myApplications: {
                                id: number;
                                status: string;
                                subjectRecordId: number | null;
                            }[];
                            name: string;
                            ownerOrgId: number;
                            ownerOrgName: string;
                            periodEnd: string;
                            periodKey: string;
                            periodLabel: string;
                            periodStart: string;
                            /** @enum {string} */
                            periodUnit: "year" | "whole";
                            prerequisiteProgramId: number | null;
                            presetKey: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            quota: number | null;
                            requiredEvidence: {
                                en: string;
                                key: string;
                                zh: string;
                            }[];
                            reviewChain: number[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            /** @enum {string|null} */
                            subjectKind: "certificate" | "award" | "training" | "patent" | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMeRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            competition: string | null;
                            course: string | null;
                            createdAt: string;
                            feeFen: number | null;
                            grade: number | null;
                            id: number;
                            idMasked: string;
                            inventorOrder: number | null;
                            issuer: string | null;
                            /**
                             * @description certificate, award, training or patent
                             * @enum {string}
                             */
                            kind: "certificate" | "award" | "training" | "patent";
                            /** @enum {string|null} */
                            level: "enterprise" | "district" | "city" | "national" | "international" | null;
                            number: string | null;
                            occupation: string | null;
                            occurredOn: string;
                            organiser: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            patentNo: string | null;
                            /** @enum {string|null} */
                            patentType: "invention" | "utility_model" | "design" | null;
                            personId: number;
                            personName: string;
                            rank: string | null;
                            /**
                             * @description Training: passed (合格), failed (不合格), absent (缺考)
                             * @enum {string|null}
                             */
                            result: "passed" | "failed" | "absent" | null;
                            /** @enum {string} */
                            source: "staff" | "import" | "event" | "contest" | "selection" | "learning" | "innovation";
                            subjectKey: string;
                            title: string | null;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMembers: {
        parameters: {
            query?: {
                female?: boolean;
                hardship?: boolean;
                isFrontLine?: boolean;
                isNewEmployment?: boolean;
                isOutdoor?: boolean;
                modelWorker?: boolean;
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            birthDate: string;
                            employerName: string | null;
                            gender: "male" | "female";
                            hardshipFrom: string | null;
                            hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                            hardshipUntil: string | null;
                            id: number;
                            idMasked: string;
                            isFrontLine: boolean;
                            isNewEmployment: boolean;
                            isOutdoor: boolean;
                            joinedOn: string | null;
                            modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                            name: string;
                            orgId: number | null;
                            orgName: string | null;
                            phone: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employerName?: string | null;
                    hardshipFrom?: string | null;
                    hardshipLevel?: ("relative" | "general" | "deep") | (never | null);
                    hardshipUntil?: string | null;
                    idNumber: string;
                    isFrontLine?: boolean;
                    isNewEmployment?: boolean;
                    isOutdoor?: boolean;
                    joinedOn?: string;
                    modelWorkerLevel?: ("national" | "city" | "district") | (never | null);
                    name: string;
                    orgId: number;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        memberships: {
                            id: number;
                            joinedOn: string;
                            leftOn: string | null;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            status: "active" | "transferred" | "left";
                        }[];
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    employerName?: string | null;
                    hardshipFrom?: string | null;
                    hardshipLevel?: ("relative" | "general" | "deep") | (never | null);
                    hardshipUntil?: string | null;
                    isFrontLine?: boolean;
                    isNewEmployment?: boolean;
                    isOutdoor?: boolean;
                    modelWorkerLevel?: ("national" | "city" | "district") | (never | null);
                    name?: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMembersByIdRevealId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idNumber: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMembersByIdTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    on: string;
                    toOrgId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        birthDate: string;
                        employerName: string | null;
                        gender: "male" | "female";
                        hardshipFrom: string | null;
                        hardshipLevel: ("relative" | "general" | "deep") | (never | null);
                        hardshipUntil: string | null;
                        id: number;
                        idMasked: string;
                        isFrontLine: boolean;
                        isNewEmployment: boolean;
                        isOutdoor: boolean;
                        joinedOn: string | null;
                        memberships: {
                            id: number;
                            joinedOn: string;
                            leftOn: string | null;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            status: "active" | "transferred" | "left";
                        }[];
                        modelWorkerLevel: ("national" | "city" | "district") | (never | null);
                        name: string;
                        orgId: number | null;
                        orgName: string | null;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMembersExportXlsx: {
        parameters: {
            query?: {
                female?: boolean;
                hardship?: boolean;
                isFrontLine?: boolean;
                isNewEmployment?: boolean;
                isOutdoor?: boolean;
                modelWorker?: boolean;
                orgId?: number;
                q?: string;
                /** @description Full ID numbers (people.reveal_id; audited) */
                unmasked?: "1" | "0" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMessages: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only unread messages */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bodyEn: string;
                            bodyZh: string;
                            /** Format: date-time */
                            createdAt: string;
                            entity: string | null;
                            entityId: number | null;
                            id: number;
                            /** @description what happened, e.g. 'application.approved' */
                            kind: string;
                            /** @description the app path the message opens, e.g. /m/applications/123 */
                            link: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            titleEn: string;
                            titleZh: string;
                        }[];
                        page: number;
                        pageSize: number;
                        /** @description messages matching the filter */
                        total: number;
                        unreadCount: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMessagesByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyEn: string;
                        bodyZh: string;
                        /** Format: date-time */
                        createdAt: string;
                        entity: string | null;
                        entityId: number | null;
                        id: number;
                        /** @description what happened, e.g. 'application.approved' */
                        kind: string;
                        /** @description the app path the message opens, e.g. /m/applications/123 */
                        link: string | null;
                        /** Format: date-time */
                        readAt: string | null;
                        titleEn: string;
                        titleZh: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postMessagesReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getMessagesUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unreadCount: number;
                        /** @description applications waiting at the actor's union's review step; 0 without applications.review */
                        waitingReviews: number;
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postOrgs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    committee?: {
                        chair?: string | null;
                        electedOn?: string | null;
                        members?: string[];
                        term?: number | null;
                        viceChairs?: string[];
                    } | null;
                    employerName?: string | null;
                    foundedOn?: string | null;
                    /** @enum {string} */
                    kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                    name: string;
                    parentId?: number | null;
                    shortName?: string | null;
                    uscc?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        hasChildren: boolean;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        members: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        unions: number;
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    committee?: {
                        chair?: string | null;
                        electedOn?: string | null;
                        members?: string[];
                        term?: number | null;
                        viceChairs?: string[];
                    } | null;
                    employerName?: string | null;
                    foundedOn?: string | null;
                    name?: string;
                    shortName?: string | null;
                    uscc?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getOrgsByIdChildren: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        hasChildren: boolean;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        members: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        unions: number;
                        uscc: string | null;
                    }[];
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postOrgsByIdChildren: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    committee?: {
                        chair?: string | null;
                        electedOn?: string | null;
                        members?: string[];
                        term?: number | null;
                        viceChairs?: string[];
                    } | null;
                    employerName?: string | null;
                    foundedOn?: string | null;
                    /** @enum {string} */
                    kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                    name: string;
                    shortName?: string | null;
                    uscc?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postOrgsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    closedOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postOrgsByIdMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getOrgsRoots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        hasChildren: boolean;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        members: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        unions: number;
                        uscc: string | null;
                    }[];
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getOrgsSearch: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            id: number;
                            name: string;
                        }[];
                        closedOn: string | null;
                        committee: unknown | (never | null);
                        employerName: string | null;
                        foundedOn: string | null;
                        id: number;
                        /** @enum {string} */
                        kind: "federation" | "district" | "industry" | "street" | "town" | "group" | "grassroots" | "branch";
                        level: number;
                        name: string;
                        parentId: number | null;
                        path: string;
                        shortName: string | null;
                        status: "active" | "closed";
                        uscc: string | null;
                    }[];
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getOutbox: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            channel: "sms";
                            createdAt: string;
                            id: number;
                            purpose: string;
                            sentAt: string | null;
                            text: string;
                            to: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getPaymentBatches: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                programId?: number;
                status?: "draft" | "exported" | "paid" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            exportedAt: string | null;
                            id: number;
                            itemCount: number;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            /** Format: date-time */
                            paidAt: string | null;
                            paidReference: string | null;
                            programId: number;
                            programName: string;
                            requestKey: string | null;
                            /** @enum {string} */
                            status: "draft" | "exported" | "paid" | "cancelled";
                            totalFen: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postPaymentBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The preview confirmed: the batch must pay exactly these applications for this total, else 409 PAYMENT_PREVIEW_STALE and nothing is created */
                    expected?: {
                        applicationIds: number[];
                        totalFen: number;
                    };
                    note?: string | null;
                    orgId?: number;
                    programId: number;
                    requestId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        exportedAt: string | null;
                        id: number;
                        itemCount: number;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        /** Format: date-time */
                        paidAt: string | null;
                        paidReference: string | null;
                        programId: number;
                        programName: string;
                        /** @description true when a retried request returned the batch it created before */
                        replayed: boolean;
                        requestKey: string | null;
                        /** @enum {string} */
                        status: "draft" | "exported" | "paid" | "cancelled";
                        totalFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getPaymentBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        exportedAt: string | null;
                        id: number;
                        itemCount: number;
                        items: {
                            amountFen: number;
                            applicationId: number;
                            id: number;
                            ledgerEntryId: number;
                            orgId: number;
                            orgName: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                        }[];
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        /** Format: date-time */
                        paidAt: string | null;
                        paidReference: string | null;
                        programId: number;
                        programName: string;
                        requestKey: string | null;
                        /** @enum {string} */
                        status: "draft" | "exported" | "paid" | "cancelled";
                        totalFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postPaymentBatchesByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        exportedAt: string | null;
                        id: number;
                        itemCount: number;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        /** Format: date-time */
                        paidAt: string | null;
                        paidReference: string | null;
                        programId: number;
                        programName: string;
                        requestKey: string | null;
                        /** @enum {string} */
                        status: "draft" | "exported" | "paid" | "cancelled";
                        totalFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getPaymentBatchesByIdExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postPaymentBatchesByIdMarkPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        exportedAt: string | null;
                        id: number;
                        itemCount: number;
                        note: string | null;
                        orgId: number;
                        orgName: string;
                        /** Format: date-time */
                        paidAt: string | null;
                        paidReference: string | null;
                        programId: number;
                        programName: string;
                        requestKey: string | null;
                        /** @enum {string} */
                        status: "draft" | "exported" | "paid" | "cancelled";
                        totalFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postPaymentBatchesPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orgId?: number;
                    programId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byUnion: {
                            itemCount: number;
                            orgId: number;
                            orgName: string;
                            totalFen: number;
                        }[];
                        itemCount: number;
                        items: {
                            amountFen: number;
                            applicationId: number;
                            ledgerEntryId: number;
                            orgId: number;
                            orgName: string;
                            personId: number | null;
                            personIdMasked: string | null;
                            personName: string | null;
                        }[];
                        orgId: number;
                        orgName: string;
                        programId: number;
                        programName: string;
                        totalFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getPrograms: {
        parameters: {
            query?: {
                category?: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                page?: number;
                pageSize?: number;
                q?: string;
                status?: "draft" | "published" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            applicantType: "person" | "union";
                            budgetFen: number | null;
                            /** @enum {string} */
                            category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                            /** Format: date-time */
                            claimEndsAt: string | null;
                            /** Format: date-time */
                            claimStartsAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currentVersion: number;
                            description: string | null;
                            /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                            evidenceWindow: {
                                /** @enum {string} */
                                kind: "period";
                            } | {
                                before: number;
                                /** @enum {string} */
                                kind: "years";
                            } | {
                                from: string;
                                /** @enum {string} */
                                kind: "dates";
                                to: string;
                            } | {
                                /** @enum {string} */
                                kind: "any";
                            };
                            id: number;
                            intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                            /** @enum {string} */
                            limitMode: "per_person_per_period" | "per_subject" | "none";
                            lottery: boolean;
                            name: string;
                            ownerOrgId: number;
                            ownerOrgName: string;
                            periodEnd: string;
                            periodLabel: string;
                            periodStart: string;
                            /** @enum {string} */
                            periodUnit: "year" | "whole";
                            prerequisiteProgramId: number | null;
                            presetKey: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            quota: number | null;
                            requiredEvidence: {
                                en: string;
                                key: string;
                                zh: string;
                            }[];
                            reviewChain: number[];
                            /** @enum {string} */
                            status: "draft" | "published" | "closed";
                            /** @enum {string|null} */
                            subjectKind: "certificate" | "award" | "training" | "patent" | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: components["schemas"]["AmountRule"];
                    /** @enum {string} */
                    applicantType?: "person" | "union";
                    /** @description money in fen (分) */
                    budgetFen?: number | null;
                    /** @enum {string} */
                    category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                    claimEndsAt?: string | null;
                    claimStartsAt?: string | null;
                    description?: string | null;
                    /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                    evidenceWindow?: {
                        /** @enum {string} */
                        kind: "period";
                    } | {
                        before: number;
                        /** @enum {string} */
                        kind: "years";
                    } | {
                        from: string;
                        /** @enum {string} */
                        kind: "dates";
                        to: string;
                    } | {
                        /** @enum {string} */
                        kind: "any";
                    };
                    intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                    /** @enum {string} */
                    limitMode: "per_person_per_period" | "per_subject" | "none";
                    lottery?: boolean;
                    name: string;
                    ownerOrgId?: number;
                    periodEnd: string;
                    periodLabel?: string;
                    periodStart: string;
                    /** @enum {string} */
                    periodUnit: "year" | "whole";
                    prerequisiteProgramId?: number | null;
                    presetKey?: string | null;
                    quota?: number | null;
                    requiredEvidence?: {
                        en: string;
                        key: string;
                        zh: string;
                    }[];
                    reviewChain: number[];
                    rule: components["schemas"]["Rule"];
                    /** @enum {string|null} */
                    subjectKind?: "certificate" | "award" | "training" | "patent" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        budgetFen: number | null;
                        /** @enum {string} */
                        category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                        /** Format: date-time */
                        claimEndsAt: string | null;
                        /** Format: date-time */
                        claimStartsAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** @description applications by status */
                        counts: {
                            [key: string]: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        currentVersion: number;
                        description: string | null;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        id: number;
                        intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                        /** @enum {string} */
                        limitMode: "per_person_per_period" | "per_subject" | "none";
                        lottery: boolean;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        periodEnd: string;
                        periodLabel: string;
                        periodStart: string;
                        /** @enum {string} */
                        periodUnit: "year" | "whole";
                        prerequisiteProgramId: number | null;
                        presetKey: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        quota: number | null;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        rule: components["schemas"]["Rule"];
                        /** @enum {string} */
                        status: "draft" | "published" | "closed";
                        /** @enum {string|null} */
                        subjectKind: "certificate" | "award" | "training" | "patent" | null;
                        /** Format: date-time */
                        updatedAt: string;
                        usage: {
                            budgetUsedFen: number;
                            periodKey: string;
                            quotaUsed: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getProgramsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        budgetFen: number | null;
                        /** @enum {string} */
                        category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                        /** Format: date-time */
                        claimEndsAt: string | null;
                        /** Format: date-time */
                        claimStartsAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** @description applications by status */
                        counts: {
                            [key: string]: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        currentVersion: number;
                        description: string | null;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        id: number;
                        intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                        /** @enum {string} */
                        limitMode: "per_person_per_period" | "per_subject" | "none";
                        lottery: boolean;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        periodEnd: string;
                        periodLabel: string;
                        periodStart: string;
                        /** @enum {string} */
                        periodUnit: "year" | "whole";
                        prerequisiteProgramId: number | null;
                        presetKey: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        quota: number | null;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        rule: components["schemas"]["Rule"];
                        /** @enum {string} */
                        status: "draft" | "published" | "closed";
                        /** @enum {string|null} */
                        subjectKind: "certificate" | "award" | "training" | "patent" | null;
                        /** Format: date-time */
                        updatedAt: string;
                        usage: {
                            budgetUsedFen: number;
                            periodKey: string;
                            quotaUsed: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchProgramsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: components["schemas"]["AmountRule"];
                    /** @enum {string} */
                    applicantType?: "person" | "union";
                    /** @description money in fen (分) */
                    budgetFen?: number | null;
                    /** @enum {string} */
                    category?: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                    claimEndsAt?: string | null;
                    claimStartsAt?: string | null;
                    description?: string | null;
                    /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                    evidenceWindow?: {
                        /** @enum {string} */
                        kind: "period";
                    } | {
                        before: number;
                        /** @enum {string} */
                        kind: "years";
                    } | {
                        from: string;
                        /** @enum {string} */
                        kind: "dates";
                        to: string;
                    } | {
                        /** @enum {string} */
                        kind: "any";
                    };
                    intakeModes?: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                    /** @enum {string} */
                    limitMode?: "per_person_per_period" | "per_subject" | "none";
                    lottery?: boolean;
                    name?: string;
                    periodEnd?: string;
                    periodLabel?: string;
                    periodStart?: string;
                    /** @enum {string} */
                    periodUnit?: "year" | "whole";
                    prerequisiteProgramId?: number | null;
                    presetKey?: string | null;
                    quota?: number | null;
                    requiredEvidence?: {
                        en: string;
                        key: string;
                        zh: string;
                    }[];
                    reviewChain?: number[];
                    rule?: components["schemas"]["Rule"];
                    /** @enum {string|null} */
                    subjectKind?: "certificate" | "award" | "training" | "patent" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        budgetFen: number | null;
                        /** @enum {string} */
                        category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                        /** Format: date-time */
                        claimEndsAt: string | null;
                        /** Format: date-time */
                        claimStartsAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** @description applications by status */
                        counts: {
                            [key: string]: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        currentVersion: number;
                        description: string | null;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        id: number;
                        intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                        /** @enum {string} */
                        limitMode: "per_person_per_period" | "per_subject" | "none";
                        lottery: boolean;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        periodEnd: string;
                        periodLabel: string;
                        periodStart: string;
                        /** @enum {string} */
                        periodUnit: "year" | "whole";
                        prerequisiteProgramId: number | null;
                        presetKey: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        quota: number | null;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        rule: components["schemas"]["Rule"];
                        /** @enum {string} */
                        status: "draft" | "published" | "closed";
                        /** @enum {string|null} */
                        subjectKind: "certificate" | "award" | "training" | "patent" | null;
                        /** Format: date-time */
                        updatedAt: string;
                        usage: {
                            budgetUsedFen: number;
                            periodKey: string;
                            quotaUsed: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postProgramsByIdBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appliedOn?: string;
                    /** @enum {string} */
                    intake?: "batch" | "nomination";
                    /** @enum {string} */
                    mode?: "all_or_nothing" | "valid_only";
                    personIds?: number[];
                    rows?: {
                        /** @description money in fen (分) */
                        claimedFen?: number;
                        idNumber?: string;
                        note?: string;
                        orgId?: number;
                        personId?: number;
                        subjectRecordId?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false when a refused row rolled the batch back (all_or_nothing) */
                        committed: boolean;
                        created: number;
                        refused: number;
                        results: {
                            amountFen?: number | null;
                            applicationId?: number;
                            code?: string;
                            details?: unknown;
                            message?: {
                                en: string;
                                zh: string;
                            };
                            ok: boolean;
                            orgId: number | null;
                            personId: number | null;
                            row: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postProgramsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        budgetFen: number | null;
                        /** @enum {string} */
                        category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                        /** Format: date-time */
                        claimEndsAt: string | null;
                        /** Format: date-time */
                        claimStartsAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** @description applications by status */
                        counts: {
                            [key: string]: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        currentVersion: number;
                        description: string | null;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        id: number;
                        intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                        /** @enum {string} */
                        limitMode: "per_person_per_period" | "per_subject" | "none";
                        lottery: boolean;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        periodEnd: string;
                        periodLabel: string;
                        periodStart: string;
                        /** @enum {string} */
                        periodUnit: "year" | "whole";
                        prerequisiteProgramId: number | null;
                        presetKey: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        quota: number | null;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        rule: components["schemas"]["Rule"];
                        /** @enum {string} */
                        status: "draft" | "published" | "closed";
                        /** @enum {string|null} */
                        subjectKind: "certificate" | "award" | "training" | "patent" | null;
                        /** Format: date-time */
                        updatedAt: string;
                        usage: {
                            budgetUsedFen: number;
                            periodKey: string;
                            quotaUsed: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postProgramsByIdProposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appliedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postProgramsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        budgetFen: number | null;
                        /** @enum {string} */
                        category: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                        /** Format: date-time */
                        claimEndsAt: string | null;
                        /** Format: date-time */
                        claimStartsAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** @description applications by status */
                        counts: {
                            [key: string]: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        currentVersion: number;
                        description: string | null;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        id: number;
                        intakeModes: ("apply" | "batch" | "proposal" | "claim" | "nomination")[];
                        /** @enum {string} */
                        limitMode: "per_person_per_period" | "per_subject" | "none";
                        lottery: boolean;
                        name: string;
                        ownerOrgId: number;
                        ownerOrgName: string;
                        periodEnd: string;
                        periodLabel: string;
                        periodStart: string;
                        /** @enum {string} */
                        periodUnit: "year" | "whole";
                        prerequisiteProgramId: number | null;
                        presetKey: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        quota: number | null;
                        requiredEvidence: {
                            en: string;
                            key: string;
                            zh: string;
                        }[];
                        reviewChain: number[];
                        rule: components["schemas"]["Rule"];
                        /** @enum {string} */
                        status: "draft" | "published" | "closed";
                        /** @enum {string|null} */
                        subjectKind: "certificate" | "award" | "training" | "patent" | null;
                        /** Format: date-time */
                        updatedAt: string;
                        usage: {
                            budgetUsedFen: number;
                            periodKey: string;
                            quotaUsed: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getProgramsByIdReconciliation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedFen: number;
                        /** @description approvedFen − reversedFen = paidFen + unpaidFen */
                        balanced: boolean;
                        entitlements: number;
                        /** @description part of unpaidFen sitting in a draft or exported batch */
                        inBatchFen: number;
                        paidFen: number;
                        paidItems: number;
                        programId: number;
                        reversals: number;
                        reversedFen: number;
                        unpaidFen: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postProgramsByIdSimulate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: components["schemas"]["AmountRule"];
                    asOf?: string;
                    /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                    evidenceWindow?: {
                        /** @enum {string} */
                        kind: "period";
                    } | {
                        before: number;
                        /** @enum {string} */
                        kind: "years";
                    } | {
                        from: string;
                        /** @enum {string} */
                        kind: "dates";
                        to: string;
                    } | {
                        /** @enum {string} */
                        kind: "any";
                    };
                    rule?: components["schemas"]["Rule"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        applicantType: "person" | "union";
                        asOf: string;
                        budgetFen: number | null;
                        byUnion: {
                            costFen: number;
                            name: string;
                            orgId: number;
                            qualifying: number;
                        }[];
                        costFen: number;
                        costIsUpperBound: boolean;
                        /** @description Evidence window: {kind:"period"} records dated within the application's period (default) | {kind:"years", before:n} the n years before and the period's years | {kind:"dates", from, to} | {kind:"any"} no bound */
                        evidenceWindow: {
                            /** @enum {string} */
                            kind: "period";
                        } | {
                            before: number;
                            /** @enum {string} */
                            kind: "years";
                        } | {
                            from: string;
                            /** @enum {string} */
                            kind: "dates";
                            to: string;
                        } | {
                            /** @enum {string} */
                            kind: "any";
                        };
                        excludedByWindow: {
                            count: number;
                            examples: {
                                /** @enum {string} */
                                kind: "certificate" | "award" | "training" | "patent";
                                label: string;
                                occurredOn: string;
                                orgName: string;
                                personName: string;
                                reason: {
                                    en: string;
                                    zh: string;
                                };
                                recordId: number;
                            }[];
                        };
                        people: number;
                        periodKey: string;
                        qualifying: number;
                        quota: number | null;
                        /** @description Text values the rule names (a course, an occupation …) that no record in the owner subtree has */
                        warnings: {
                            /** @description Values on record closest to it, best first */
                            closest: string[];
                            en: string;
                            field: string;
                            /** @enum {string} */
                            kind: "certificate" | "award" | "training" | "patent";
                            value: string;
                            zh: string;
                        }[];
                        window: {
                            from: string;
                            to: string;
                        } | null;
                        windowText: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getProgramsByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: components["schemas"]["AmountRule"];
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: number | null;
                        programId: number;
                        rule: components["schemas"]["Rule"];
                        version: number;
                    }[];
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getProgramsRuleFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountKinds: {
                            /** @enum {string} */
                            kind: "fixed" | "tier" | "fee_share" | "per_unit" | "none";
                            label: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        person: {
                            cmps: {
                                /** @enum {string} */
                                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            key: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            max: number | null;
                            min: number | null;
                            /** @description money in fen (entered in yuan) */
                            money: boolean;
                            /** @enum {string} */
                            type: "bool" | "int" | "ordinal" | "enum" | "text";
                            values: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                value: string | number | boolean;
                            }[] | null;
                        }[];
                        records: {
                            fields: {
                                cmps: {
                                    /** @enum {string} */
                                    cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                key: string;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                max: number | null;
                                min: number | null;
                                /** @description money in fen (entered in yuan) */
                                money: boolean;
                                /** @enum {string} */
                                type: "bool" | "int" | "ordinal" | "enum" | "text";
                                values: {
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    value: string | number | boolean;
                                }[] | null;
                            }[];
                            /** @enum {string} */
                            kind: "certificate" | "award" | "training" | "patent";
                            label: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        tierBy: {
                            /** @enum {string} */
                            by: "award.level" | "award.rank" | "certificate.grade" | "choice";
                            keys: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                value: string;
                            }[] | null;
                            label: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        unionLevel: {
                            cmps: {
                                /** @enum {string} */
                                cmp: "eq" | "neq" | "gte" | "lte" | "gt" | "lt" | "in";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            key: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            max: number | null;
                            min: number | null;
                            /** @description money in fen (entered in yuan) */
                            money: boolean;
                            /** @enum {string} */
                            type: "bool" | "int" | "ordinal" | "enum" | "text";
                            values: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                value: string | number | boolean;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getRecords: {
        parameters: {
            query?: {
                /** @description certificate, award, training or patent */
                kind?: "certificate" | "award" | "training" | "patent";
                orgId?: number;
                page?: number;
                pageSize?: number;
                personId?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            competition: string | null;
                            course: string | null;
                            createdAt: string;
                            feeFen: number | null;
                            grade: number | null;
                            id: number;
                            idMasked: string;
                            inventorOrder: number | null;
                            issuer: string | null;
                            /**
                             * @description certificate, award, training or patent
                             * @enum {string}
                             */
                            kind: "certificate" | "award" | "training" | "patent";
                            /** @enum {string|null} */
                            level: "enterprise" | "district" | "city" | "national" | "international" | null;
                            number: string | null;
                            occupation: string | null;
                            occurredOn: string;
                            organiser: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            patentNo: string | null;
                            /** @enum {string|null} */
                            patentType: "invention" | "utility_model" | "design" | null;
                            personId: number;
                            personName: string;
                            rank: string | null;
                            /**
                             * @description Training: passed (合格), failed (不合格), absent (缺考)
                             * @enum {string|null}
                             */
                            result: "passed" | "failed" | "absent" | null;
                            /** @enum {string} */
                            source: "staff" | "import" | "event" | "contest" | "selection" | "learning" | "innovation";
                            subjectKey: string;
                            title: string | null;
                            year: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    competition?: string;
                    course?: string;
                    date: string;
                    feeFen?: number;
                    /** @description 1 = 一级 (highest) … 5 = 五级 */
                    grade?: number;
                    /** @description Patents: inventors in order, each a person id or an ID-card number */
                    inventors?: (number | string)[];
                    issuer?: string | null;
                    /**
                     * @description certificate, award, training or patent
                     * @enum {string}
                     */
                    kind: "certificate" | "award" | "training" | "patent";
                    /** @enum {string} */
                    level?: "enterprise" | "district" | "city" | "national" | "international";
                    number?: string | null;
                    occupation?: string;
                    organiser?: string | null;
                    patentNo?: string;
                    /** @enum {string} */
                    patentType?: "invention" | "utility_model" | "design";
                    personId?: number;
                    rank?: string;
                    /**
                     * @description Training: passed (合格), failed (不合格), absent (缺考)
                     * @enum {string|null}
                     */
                    result?: "passed" | "failed" | "absent" | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            competition: string | null;
                            course: string | null;
                            createdAt: string;
                            feeFen: number | null;
                            grade: number | null;
                            id: number;
                            idMasked: string;
                            inventorOrder: number | null;
                            issuer: string | null;
                            /**
                             * @description certificate, award, training or patent
                             * @enum {string}
                             */
                            kind: "certificate" | "award" | "training" | "patent";
                            /** @enum {string|null} */
                            level: "enterprise" | "district" | "city" | "national" | "international" | null;
                            number: string | null;
                            occupation: string | null;
                            occurredOn: string;
                            organiser: string | null;
                            orgId: number | null;
                            orgName: string | null;
                            patentNo: string | null;
                            /** @enum {string|null} */
                            patentType: "invention" | "utility_model" | "design" | null;
                            personId: number;
                            personName: string;
                            rank: string | null;
                            /**
                             * @description Training: passed (合格), failed (不合格), absent (缺考)
                             * @enum {string|null}
                             */
                            result: "passed" | "failed" | "absent" | null;
                            /** @enum {string} */
                            source: "staff" | "import" | "event" | "contest" | "selection" | "learning" | "innovation";
                            subjectKey: string;
                            title: string | null;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getRecordsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        competition: string | null;
                        course: string | null;
                        createdAt: string;
                        feeFen: number | null;
                        grade: number | null;
                        id: number;
                        idMasked: string;
                        inventorOrder: number | null;
                        issuer: string | null;
                        /**
                         * @description certificate, award, training or patent
                         * @enum {string}
                         */
                        kind: "certificate" | "award" | "training" | "patent";
                        /** @enum {string|null} */
                        level: "enterprise" | "district" | "city" | "national" | "international" | null;
                        number: string | null;
                        occupation: string | null;
                        occurredOn: string;
                        organiser: string | null;
                        orgId: number | null;
                        orgName: string | null;
                        patentNo: string | null;
                        /** @enum {string|null} */
                        patentType: "invention" | "utility_model" | "design" | null;
                        personId: number;
                        personName: string;
                        rank: string | null;
                        /**
                         * @description Training: passed (合格), failed (不合格), absent (缺考)
                         * @enum {string|null}
                         */
                        result: "passed" | "failed" | "absent" | null;
                        /** @enum {string} */
                        source: "staff" | "import" | "event" | "contest" | "selection" | "learning" | "innovation";
                        subjectKey: string;
                        title: string | null;
                        year: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    deleteRecordsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: number[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postRecordsImport: {
        parameters: {
            query: {
                /** @description certificate, award, training or patent */
                kind: "certificate" | "award" | "training" | "patent";
                /** @description all: nothing unless every row is valid; valid: the good rows */
                mode?: "all" | "valid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            column: string;
                            messageEn: string;
                            messageZh: string;
                            rowNo: number;
                        }[];
                        /** @description Rows read as no data (a 合计 row, a 填表说明 block), left out without an error */
                        ignoredRows: number[];
                        imported: number;
                        /**
                         * @description certificate, award, training or patent
                         * @enum {string}
                         */
                        kind: "certificate" | "award" | "training" | "patent";
                        /** @enum {string} */
                        mode: "all" | "valid";
                        /** @description Data rows not imported (refused, or already on record) */
                        skipped: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getRecordsTemplateXlsx: {
        parameters: {
            query: {
                /** @description certificate, award, training or patent */
                kind: "certificate" | "award" | "training" | "patent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getReportsPrograms: {
        parameters: {
            query?: {
                category?: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byCategory: {
                            /** @description applications by application date */
                            applications: number;
                            /** @description applications approved, by approval date */
                            approved: number;
                            /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                            approvedFen: number;
                            category: string;
                            /** @description items of paid batches, by payment date */
                            paidFen: number;
                            /** @description distinct people among the approvals, by approval date */
                            people: number;
                            programs: number;
                            /** @description applications rejected, by decision date */
                            rejected: number;
                            /** @description distinct applicant unions among the approvals, by approval date */
                            unions: number;
                        }[];
                        /** @description the next level of unions over all programs; people and unions counted once per union */
                        byUnion: {
                            /** @description applications by application date */
                            applications: number;
                            /** @description applications approved, by approval date */
                            approved: number;
                            /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                            approvedFen: number;
                            name: string;
                            orgId: number | null;
                            /** @description items of paid batches, by payment date */
                            paidFen: number;
                            /** @description distinct people among the approvals, by approval date */
                            people: number;
                            /** @description applications rejected, by decision date */
                            rejected: number;
                            self: boolean;
                            /** @description distinct applicant unions among the approvals, by approval date */
                            unions: number;
                        }[];
                        category: string | null;
                        from: string | null;
                        org: {
                            id: number | null;
                            name: string;
                        };
                        programs: {
                            /**
                             * @description 'union': the program's applicants are unions; people is 0 and unions counts them
                             * @enum {string}
                             */
                            applicantType: "person" | "union";
                            /** @description applications by application date */
                            applications: number;
                            /** @description applications approved, by approval date */
                            approved: number;
                            /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                            approvedFen: number;
                            /** @description by what the application's record says (programs paying per record) */
                            breakdown: {
                                /** @enum {string} */
                                by: "grade" | "level" | "course" | "patentType";
                                rows: {
                                    /** @description applications by application date */
                                    applications: number;
                                    /** @description applications approved, by approval date */
                                    approved: number;
                                    /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                                    approvedFen: number;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description items of paid batches, by payment date */
                                    paidFen: number;
                                    /** @description distinct people among the approvals, by approval date */
                                    people: number;
                                    /** @description applications rejected, by decision date */
                                    rejected: number;
                                    /** @description the record's grade ('1'–'5'), award level, course name or patent type */
                                    value: string;
                                }[];
                            } | null;
                            budgetFen: number | null;
                            budgetLeftFen: number | null;
                            byUnion: {
                                /** @description applications by application date */
                                applications: number;
                                /** @description applications approved, by approval date */
                                approved: number;
                                /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                                approvedFen: number;
                                name: string;
                                orgId: number | null;
                                /** @description items of paid batches, by payment date */
                                paidFen: number;
                                /** @description distinct people among the approvals, by approval date */
                                people: number;
                                /** @description applications rejected, by decision date */
                                rejected: number;
                                self: boolean;
                                /** @description distinct applicant unions among the approvals, by approval date */
                                unions: number;
                            }[];
                            category: string;
                            name: string;
                            ownerOrgId: number;
                            ownerOrgName: string;
                            /** @description items of paid batches, by payment date */
                            paidFen: number;
                            /** @description distinct people among the approvals, by approval date */
                            people: number;
                            periodLabel: string;
                            programId: number;
                            quota: number | null;
                            quotaUsed: number;
                            /** @description applications rejected, by decision date */
                            rejected: number;
                            status: string;
                            tiers: {
                                amountFen: number | null;
                                approved: number;
                            }[];
                            /** @description distinct applicant unions among the approvals, by approval date */
                            unions: number;
                        }[];
                        to: string | null;
                        totals: {
                            /** @description applications by application date */
                            applications: number;
                            /** @description applications approved, by approval date */
                            approved: number;
                            /** @description ledger entries by entry date, net of reversals (each reversal on its own date) */
                            approvedFen: number;
                            /** @description items of paid batches, by payment date */
                            paidFen: number;
                            /** @description distinct people among the approvals, by approval date */
                            people: number;
                            /** @description applications rejected, by decision date */
                            rejected: number;
                            /** @description distinct applicant unions among the approvals, by approval date */
                            unions: number;
                        };
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getReportsProgramsExportXlsx: {
        parameters: {
            query?: {
                category?: "subsidy" | "relief" | "quota_benefit" | "flash_claim" | "insurance";
                from?: string;
                orgId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needed: boolean;
                    };
                };
            };
        };
    };
    postSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    password: string;
                    token: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                orgId?: number;
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "admin" | "manager" | "staff" | "reviewer" | "worker";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            displayName: string;
                            id: number;
                            isActive: boolean;
                            mustChangePassword: boolean;
                            phone: string | null;
                            roles: {
                                assignmentId: number;
                                orgId: number | null;
                                orgName: string | null;
                                /** @enum {string} */
                                role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                            }[];
                            username: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    mustChangePassword?: boolean;
                    password: string;
                    phone?: string | null;
                    roles: {
                        orgId: number | null;
                        /** @enum {string} */
                        role: "admin" | "manager" | "staff" | "reviewer";
                    }[];
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        displayName: string;
                        id: number;
                        isActive: boolean;
                        mustChangePassword: boolean;
                        phone: string | null;
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        displayName: string;
                        id: number;
                        isActive: boolean;
                        mustChangePassword: boolean;
                        phone: string | null;
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    phone?: string | null;
                    roles?: {
                        orgId: number | null;
                        /** @enum {string} */
                        role: "admin" | "manager" | "staff" | "reviewer";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        displayName: string;
                        id: number;
                        isActive: boolean;
                        mustChangePassword: boolean;
                        phone: string | null;
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postUsersByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        displayName: string;
                        id: number;
                        isActive: boolean;
                        mustChangePassword: boolean;
                        phone: string | null;
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postUsersByIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        displayName: string;
                        id: number;
                        isActive: boolean;
                        mustChangePassword: boolean;
                        phone: string | null;
                        roles: {
                            assignmentId: number;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            role: "admin" | "manager" | "staff" | "reviewer" | "worker";
                        }[];
                        username: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postUsersByIdResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        temporaryPassword: string;
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
    postUsersImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountsXlsxBase64: string;
                        created: {
                            displayName: string;
                            id: number;
                            role: string;
                            rowNo: number;
                            temporaryPassword: string | null;
                            union: string;
                            username: string;
                        }[];
                        /** @description Rows read as no data (a 合计 row, a 填表说明 block), left out without an error */
                        ignoredRows: number[];
                    };
                };
            };
            /** @description Invalid request (validation, malformed JSON or upload, a rule of the service) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Not allowed: permission, scope, or a request from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description No such object (or not yours to see) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Request body, upload or spreadsheet too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
            /** @description Unsupported content type (JSON routes take application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            details?: unknown;
                            message: string;
                            messageEn: string;
                            messageZh: string;
                        };
                    };
                };
            };
        };
    };
}
