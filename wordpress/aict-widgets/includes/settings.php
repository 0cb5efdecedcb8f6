<?php
/**
 * Settings → AICT Widgets: the default feed URL and the accent colour, through the Settings API
 * (its nonce and `manage_options` check), each value sanitized before it is stored.
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The stored settings, with defaults for what is missing.
 *
 * @return array{feed_url: string, accent: string}
 */
function aict_widgets_settings() {
	$stored = get_option( AICT_WIDGETS_OPTION, array() );
	$stored = is_array( $stored ) ? $stored : array();
	return array(
		'feed_url' => isset( $stored['feed_url'] ) && is_string( $stored['feed_url'] ) ? $stored['feed_url'] : '',
		'accent'   => isset( $stored['accent'] ) && is_string( $stored['accent'] ) ? $stored['accent'] : '',
	);
}

/**
 * A feed or link URL as it may be stored: absolute http(s), or empty.
 *
 * @param mixed $value Raw input.
 * @return string
 */
function aict_widgets_sanitize_http_url( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	if ( '' === $value ) {
		return '';
	}
	$scheme = wp_parse_url( $value, PHP_URL_SCHEME );
	if ( ! in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * Sanitize callback of the option: keeps only the two known keys, each validated; a rejected
 * value keeps the previous one and says why.
 *
 * @param mixed $input Submitted values.
 * @return array{feed_url: string, accent: string}
 */
function aict_widgets_sanitize_settings( $input ) {
	$previous = aict_widgets_settings();
	$input    = is_array( $input ) ? $input : array();
	$clean    = $previous;

	$feed = isset( $input['feed_url'] ) ? trim( (string) $input['feed_url'] ) : '';
	if ( '' === $feed ) {
		$clean['feed_url'] = '';
	} else {
		$url = aict_widgets_sanitize_http_url( $feed );
		if ( '' === $url ) {
			add_settings_error( AICT_WIDGETS_OPTION, 'aict-widgets-feed-url', __( 'The feed URL must start with https:// or http://. The previous value was kept.', 'aict-widgets' ) );
		} else {
			$clean['feed_url'] = $url;
		}
	}

	$accent = isset( $input['accent'] ) ? trim( (string) $input['accent'] ) : '';
	if ( '' === $accent ) {
		$clean['accent'] = '';
	} else {
		$color = sanitize_hex_color( $accent );
		if ( empty( $color ) ) {
			add_settings_error( AICT_WIDGETS_OPTION, 'aict-widgets-accent', __( 'The accent colour must be written #rrggbb or #rgb. The previous value was kept.', 'aict-widgets' ) );
		} else {
			$clean['accent'] = $color;
		}
	}
	return $clean;
}

/**
 * Registers the option, its section and fields.
 */
function aict_widgets_register_settings() {
	register_setting(
		'aict_widgets',
		AICT_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'aict_widgets_sanitize_settings',
			'default'           => array(
				'feed_url' => '',
				'accent'   => '',
			),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'aict_widgets_main', __( 'Programme feed', 'aict-widgets' ), 'aict_widgets_section_intro', 'aict-widgets' );
	add_settings_field(
		'aict_widgets_feed_url',
		__( 'Default feed URL', 'aict-widgets' ),
		'aict_widgets_field_feed_url',
		'aict-widgets',
		'aict_widgets_main',
		array( 'label_for' => 'aict-widgets-feed-url' )
	);
	add_settings_field(
		'aict_widgets_accent',
		__( 'Accent colour', 'aict-widgets' ),
		'aict_widgets_field_accent',
		'aict-widgets',
		'aict_widgets_main',
		array( 'label_for' => 'aict-widgets-accent' )
	);
}
add_action( 'admin_init', 'aict_widgets_register_settings' );

/**
 * The section's introduction.
 */
function aict_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Blocks and shortcodes use this feed unless they name another one. A feed on another site must be served with CORS (Access-Control-Allow-Origin).', 'aict-widgets' ) . '</p>';
}

/**
 * The feed URL field.
 */
function aict_widgets_field_feed_url() {
	$settings = aict_widgets_settings();
	printf(
		'<input type="url" id="aict-widgets-feed-url" name="%1$s[feed_url]" value="%2$s" class="regular-text code" placeholder="https://example.org/programme.json" />',
		esc_attr( AICT_WIDGETS_OPTION ),
		esc_attr( $settings['feed_url'] )
	);
}

/**
 * The accent colour field.
 */
function aict_widgets_field_accent() {
	$settings = aict_widgets_settings();
	printf(
		'<input type="text" id="aict-widgets-accent" name="%1$s[accent]" value="%2$s" class="small-text code" placeholder="#1d4f91" pattern="#([0-9a-fA-F]{3}){1,2}" aria-describedby="aict-widgets-accent-help" /> <span id="aict-widgets-accent-help" class="description">%3$s</span>',
		esc_attr( AICT_WIDGETS_OPTION ),
		esc_attr( $settings['accent'] ),
		esc_html__( 'Optional, #rrggbb. Choose a colour with enough contrast on white (4.5:1).', 'aict-widgets' )
	);
}

/**
 * Adds Settings → AICT Widgets.
 */
function aict_widgets_add_settings_page() {
	add_options_page(
		__( 'AICT Widgets', 'aict-widgets' ),
		__( 'AICT Widgets', 'aict-widgets' ),
		'manage_options',
		'aict-widgets',
		'aict_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'aict_widgets_add_settings_page' );

/**
 * The settings page (options.php checks the nonce that settings_fields() prints).
 */
function aict_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( AICT_WIDGETS_OPTION );
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'aict_widgets' );
	do_settings_sections( 'aict-widgets' );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'Shortcodes', 'aict-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the classic editor or a page builder:', 'aict-widgets' ) . '</p><ul>';
	foreach ( array(
		'[aict_session id="atelier-1" variant="full" lang="fr"]',
		'[aict_programme view="grid"]',
		'[aict_room_map session_id="atelier-1"]',
		'[aict_concurrent_sessions session_id="atelier-1"]',
	) as $aict_widgets_example ) {
		echo '<li><code>' . esc_html( $aict_widgets_example ) . '</code></li>';
	}
	echo '</ul></div>';
}

/**
 * A “Settings” link on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function aict_widgets_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=aict-widgets' ) ) . '">' . esc_html__( 'Settings', 'aict-widgets' ) . '</a>';
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( AICT_WIDGETS_FILE ), 'aict_widgets_action_links' );
