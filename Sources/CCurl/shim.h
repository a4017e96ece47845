#ifndef BTAP_CCURL_SHIM_H
#define BTAP_CCURL_SHIM_H

/*
 * The part of libcurl that the btap-feed helper's FeedFetching module uses:
 * one easy handle per request, with typed wrappers around the variadic
 * curl_easy_setopt and curl_easy_getinfo, which Swift cannot call directly.
 */

#include <curl/curl.h>

/* The signature of a write or header callback. */
typedef size_t (*btap_curl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode btap_curl_set_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode btap_curl_set_string(CURL *handle, CURLoption option, const char *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode btap_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode btap_curl_set_callback(
    CURL *handle, CURLoption option, btap_curl_data_callback value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode btap_curl_get_long(CURL *handle, CURLINFO info, long *value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode btap_curl_get_string(CURL *handle, CURLINFO info, char **value) {
  return curl_easy_getinfo(handle, info, value);
}

#endif
