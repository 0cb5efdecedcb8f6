<?php
/**
 * Removes what the plugin stored: its one option, on every site of a network.
 *
 * @package AictWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $aict_widgets_site_id ) {
		switch_to_blog( $aict_widgets_site_id );
		delete_option( 'aict_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'aict_widgets_settings' );
}
