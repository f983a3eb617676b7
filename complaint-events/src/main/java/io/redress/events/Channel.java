package io.redress.events;

/** Where the customer reached the company. */
public enum Channel {
    EMAIL, PHONE, CHAT, WEB_FORM, SOCIAL_MEDIA, IN_STORE, PARTNER_API
}
