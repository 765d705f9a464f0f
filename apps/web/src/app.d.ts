import type { Me, UserHistory } from '@forum/contracts';
import type { Api } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      user: Me | null;
      /** The API client for this request, acting with the browser's session cookie. */
      api: Api;
    }
    /** Shallow routing: the queue opens a member's history in a drawer at /mod/users/<id>. */
    interface PageState {
      userHistory?: UserHistory;
    }
    interface Error {
      message: string;
      requestId?: string;
    }
  }
}

export {};
