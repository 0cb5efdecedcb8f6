/**
 * Block editor side of the AICT Widgets blocks, in plain JavaScript over the `wp.*` globals (no
 * build step). The blocks are dynamic: the server renders them; here each block gets
 * - a searchable session picker (and a room list for the map) read from the programme feed,
 * - a live preview: the element itself, loaded in the editor by the plugin,
 * - the element's options in the sidebar.
 * Attribute definitions come from the server (includes/elements.php), passed as
 * `window.aictWidgetsEditor.widgets`.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var components = wp.components;
	var blockEditor = wp.blockEditor || wp.editor;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;

	/** One request per feed URL for the whole editor session. */
	var feeds = {};
	function loadFeed( url ) {
		if ( ! feeds[ url ] ) {
			feeds[ url ] = window
				.fetch( url, { credentials: 'omit', headers: { Accept: 'application/json' } } )
				.then( function ( response ) {
					if ( ! response.ok ) {
						throw new Error( 'HTTP ' + response.status );
					}
					return response.json();
				} )
				.then( function ( feed ) {
					if ( ! feed || typeof feed !== 'object' || ! Array.isArray( feed.sessions ) ) {
						throw new Error( 'not a programme feed' );
					}
					return feed;
				} );
			feeds[ url ].catch( function () {
				delete feeds[ url ];
			} );
		}
		return feeds[ url ];
	}

	/** A feed `Text` (string or { fr, en }) in the wanted language, else any. */
	function text( value, lang ) {
		if ( typeof value === 'string' ) {
			return value;
		}
		if ( ! value || typeof value !== 'object' ) {
			return '';
		}
		if ( typeof value[ lang ] === 'string' ) {
			return value[ lang ];
		}
		for ( var key in value ) {
			if ( typeof value[ key ] === 'string' ) {
				return value[ key ];
			}
		}
		return '';
	}

	function editorLang( attributes ) {
		if ( attributes.lang ) {
			return attributes.lang;
		}
		return /^fr/i.test( document.documentElement.lang || '' ) ? 'fr' : 'en';
	}

	function isHttpUrl( value ) {
		return typeof value === 'string' && /^https?:\/\//i.test( value );
	}

	/** What the picker shows for a session: "Atelier 1 — Title (room, time)". */
	function sessionLabel( session, lang ) {
		var label = text( session.label, lang );
		var title = text( session.title, lang );
		var main = label && title ? label + ' — ' + title : label || title || String( session.id );
		var start = typeof session.start === 'string' ? session.start.slice( 0, 16 ).replace( 'T', ' ' ) : '';
		return start ? main + ' (' + start + ')' : main;
	}

	/** The feed of a block: its own `src`, else the default of the settings page. */
	function useFeed( attributes ) {
		var url = attributes.src || config.feedUrl || '';
		var state = useState( { url: '', feed: null, error: '' } );
		var current = state[ 0 ];
		var set = state[ 1 ];
		useEffect(
			function () {
				if ( ! url ) {
					return undefined;
				}
				var live = true;
				loadFeed( url ).then(
					function ( feed ) {
						if ( live ) {
							set( { url: url, feed: feed, error: '' } );
						}
					},
					function ( error ) {
						if ( live ) {
							set( { url: url, feed: null, error: String( ( error && error.message ) || error ) } );
						}
					}
				);
				return function () {
					live = false;
				};
			},
			[ url ]
		);
		if ( ! url ) {
			return { url: '', feed: null, error: '', loading: false };
		}
		var settled = current.url === url;
		return {
			url: url,
			feed: settled ? current.feed : null,
			error: settled ? current.error : '',
			loading: ! settled,
		};
	}

	function feedNotice( feedState ) {
		if ( ! feedState.url ) {
			return el(
				components.Notice,
				{ status: 'warning', isDismissible: false },
				__( 'No programme feed: set the default feed URL in Settings → AICT Widgets, or give this block a feed URL.', 'aict-widgets' )
			);
		}
		if ( feedState.error ) {
			return el(
				components.Notice,
				{ status: 'error', isDismissible: false },
				sprintf(
					/* translators: 1: feed URL, 2: technical reason */
					__( 'The feed %1$s could not be read (%2$s). If it is on another site, it must allow this one with CORS (Access-Control-Allow-Origin).', 'aict-widgets' ),
					feedState.url,
					feedState.error
				)
			);
		}
		if ( feedState.loading ) {
			return el( 'p', null, el( components.Spinner ), ' ', __( 'Loading the programme…', 'aict-widgets' ) );
		}
		return null;
	}

	/** The searchable session picker. */
	function SessionPicker( props ) {
		var feedState = props.feedState;
		var attributes = props.attributes;
		var lang = editorLang( attributes );
		var sessions = feedState.feed ? feedState.feed.sessions : [];
		var options = sessions
			.filter( function ( session ) {
				return session && typeof session.id === 'string' && session.id;
			} )
			.map( function ( session ) {
				return { value: session.id, label: sessionLabel( session, lang ) };
			} );
		return el(
			'div',
			{ className: 'aict-widgets-picker' },
			feedNotice( feedState ),
			el( components.ComboboxControl, {
				label: __( 'Session', 'aict-widgets' ),
				help: __( 'Type a few letters of its label or title, e.g. “Atelier 1”.', 'aict-widgets' ),
				value: attributes.sessionId || null,
				options: options,
				onChange: function ( id ) {
					var session = sessions.filter( function ( s ) {
						return s && s.id === id;
					} )[ 0 ];
					var next = { sessionId: id || '' };
					if ( session ) {
						var label = text( session.label, lang );
						var title = text( session.title, lang );
						next.fallbackText = label && title ? label + ' — ' + title : label || title || id;
						next.fallbackUrl = isHttpUrl( session.url ) ? session.url : '';
					}
					props.setAttributes( next );
				},
			} )
		);
	}

	function RoomPicker( props ) {
		var feedState = props.feedState;
		var lang = editorLang( props.attributes );
		var rooms = feedState.feed && Array.isArray( feedState.feed.rooms ) ? feedState.feed.rooms : [];
		var options = [ { value: '', label: __( '— the session’s room —', 'aict-widgets' ) } ].concat(
			rooms
				.filter( function ( room ) {
					return room && typeof room.id === 'string';
				} )
				.map( function ( room ) {
					return { value: room.id, label: text( room.name, lang ) || room.id };
				} )
		);
		return el( components.SelectControl, {
			label: __( 'Room', 'aict-widgets' ),
			value: props.attributes.roomId,
			options: options,
			onChange: function ( value ) {
				props.setAttributes( { roomId: value } );
			},
		} );
	}

	function choice( label, value, values, onChange ) {
		return el( components.SelectControl, {
			label: label,
			value: value,
			options: values,
			onChange: onChange,
		} );
	}

	/** Sidebar controls for the options a widget has (see includes/elements.php). */
	function optionControls( widget, attributes, setAttributes ) {
		var options = widget.options;
		var set = function ( name ) {
			return function ( value ) {
				var next = {};
				next[ name ] = value;
				setAttributes( next );
			};
		};
		var controls = [];
		var byDefault = __( 'Default', 'aict-widgets' );
		if ( options.lang ) {
			controls.push(
				choice( __( 'Language', 'aict-widgets' ), attributes.lang, [
					{ value: '', label: __( 'The page’s language', 'aict-widgets' ) },
					{ value: 'fr', label: 'Français' },
					{ value: 'en', label: 'English' },
				], set( 'lang' ) )
			);
		}
		if ( options.headingLevel ) {
			controls.push(
				choice( __( 'Heading level', 'aict-widgets' ), attributes.headingLevel, [
					{ value: '', label: byDefault + ' (h3)' },
					{ value: '2', label: 'h2' },
					{ value: '3', label: 'h3' },
					{ value: '4', label: 'h4' },
					{ value: '5', label: 'h5' },
					{ value: '6', label: 'h6' },
				], set( 'headingLevel' ) )
			);
		}
		if ( options.colorScheme ) {
			controls.push(
				choice( __( 'Colour scheme', 'aict-widgets' ), attributes.colorScheme, [
					{ value: '', label: byDefault },
					{ value: 'light', label: __( 'Light', 'aict-widgets' ) },
					{ value: 'dark', label: __( 'Dark', 'aict-widgets' ) },
					{ value: 'auto', label: __( 'Follow the page and the visitor', 'aict-widgets' ) },
				], set( 'colorScheme' ) )
			);
		}
		if ( options.noMap ) {
			controls.push(
				el( components.ToggleControl, {
					label: __( 'Hide the room map', 'aict-widgets' ),
					checked: !! attributes.noMap,
					onChange: set( 'noMap' ),
				} )
			);
		}
		if ( options.noConcurrent ) {
			controls.push(
				el( components.ToggleControl, {
					label: __( 'Hide the sessions at the same time', 'aict-widgets' ),
					checked: !! attributes.noConcurrent,
					onChange: set( 'noConcurrent' ),
				} )
			);
		}
		if ( options.view ) {
			controls.push(
				choice( __( 'View', 'aict-widgets' ), attributes.view, [
					{ value: '', label: __( 'List', 'aict-widgets' ) },
					{ value: 'grid', label: __( 'Grid (rooms side by side)', 'aict-widgets' ) },
				], set( 'view' ) )
			);
		}
		if ( options.day ) {
			controls.push(
				el( components.TextControl, {
					label: __( 'Day shown first', 'aict-widgets' ),
					type: 'date',
					value: attributes.day,
					onChange: set( 'day' ),
				} )
			);
		}
		[
			[ 'query', __( 'Search', 'aict-widgets' ), '' ],
			[ 'theme', __( 'Themes (ids, comma-separated)', 'aict-widgets' ), '' ],
			[ 'kind', __( 'Kinds (ids, comma-separated)', 'aict-widgets' ), 'workshop,plenary' ],
			[ 'room', __( 'Rooms (ids, comma-separated)', 'aict-widgets' ), '' ],
			[ 'sdg', __( 'SDGs (numbers, comma-separated)', 'aict-widgets' ), '13,17' ],
		].forEach( function ( row ) {
			if ( options[ row[ 0 ] ] ) {
				controls.push(
					el( components.TextControl, {
						label: row[ 1 ],
						value: attributes[ row[ 0 ] ],
						placeholder: row[ 2 ],
						onChange: set( row[ 0 ] ),
					} )
				);
			}
		} );
		if ( options.syncHash ) {
			controls.push(
				el( components.ToggleControl, {
					label: __( 'Keep the filters in the page address', 'aict-widgets' ),
					checked: !! attributes.syncHash,
					onChange: set( 'syncHash' ),
				} )
			);
		}
		if ( options.noSeo ) {
			controls.push(
				el( components.ToggleControl, {
					label: __( 'No search-engine data (the page already describes the session)', 'aict-widgets' ),
					checked: !! attributes.noSeo,
					onChange: set( 'noSeo' ),
				} )
			);
		}
		if ( options.scope ) {
			controls.push(
				choice( __( 'Which sessions', 'aict-widgets' ), attributes.scope, [
					{ value: '', label: __( 'The same programme block', 'aict-widgets' ) },
					{ value: 'overlap', label: __( 'Running at the same time', 'aict-widgets' ) },
				], set( 'scope' ) )
			);
		}
		if ( options.at ) {
			controls.push(
				el( components.TextControl, {
					label: __( 'Or: everything running at (local event time)', 'aict-widgets' ),
					type: 'datetime-local',
					value: attributes.at,
					onChange: set( 'at' ),
				} )
			);
		}
		return controls;
	}

	function advancedControls( attributes, setAttributes ) {
		var set = function ( name ) {
			return function ( value ) {
				var next = {};
				next[ name ] = value;
				setAttributes( next );
			};
		};
		return [
			el( components.TextControl, {
				label: __( 'Feed URL', 'aict-widgets' ),
				type: 'url',
				value: attributes.src,
				placeholder: config.feedUrl || 'https://…/programme.json',
				help: __( 'Empty: the default feed of the settings page.', 'aict-widgets' ),
				onChange: set( 'src' ),
			} ),
			el( components.TextControl, {
				label: __( 'Time zone', 'aict-widgets' ),
				value: attributes.timeZone,
				placeholder: 'event',
				help: __( '“event” (default), “local” (the visitor’s) or a name such as Europe/Paris.', 'aict-widgets' ),
				onChange: set( 'timeZone' ),
			} ),
			el( components.TextControl, {
				label: __( 'Link to a session', 'aict-widgets' ),
				value: attributes.sessionHref,
				placeholder: '/forum/{id}',
				help: __( '{id} is replaced by the session id. Empty: the session’s own page in the feed.', 'aict-widgets' ),
				onChange: set( 'sessionHref' ),
			} ),
			el( components.TextControl, {
				label: __( 'Fallback link text', 'aict-widgets' ),
				value: attributes.fallbackText,
				help: __( 'Shown without JavaScript, while the programme loads, or if it cannot be loaded.', 'aict-widgets' ),
				onChange: set( 'fallbackText' ),
			} ),
			el( components.TextControl, {
				label: __( 'Fallback link URL', 'aict-widgets' ),
				type: 'url',
				value: attributes.fallbackUrl,
				onChange: set( 'fallbackUrl' ),
			} ),
		];
	}

	/** The element as the server writes it, for the live preview. */
	function preview( widget, attributes, feedUrl ) {
		var props = {};
		Object.keys( widget.options ).forEach( function ( name ) {
			var option = widget.options[ name ];
			var value = attributes[ name ];
			if ( option.type === 'bool' ) {
				if ( value ) {
					props[ option.attribute ] = '';
				}
			} else if ( typeof value === 'string' && value !== '' ) {
				props[ option.attribute ] = value;
			}
		} );
		if ( ! props.src && feedUrl ) {
			props.src = feedUrl;
		}
		Object.keys( widget.fixed ).forEach( function ( name ) {
			props[ name ] = widget.fixed[ name ];
		} );
		// Clicks in the preview select the block rather than follow links.
		props.onClickCapture = function ( event ) {
			event.preventDefault();
		};
		var fallback = attributes.fallbackText || __( 'Loading the programme…', 'aict-widgets' );
		return el( widget.tag, props, el( 'span', null, fallback ) );
	}

	var titles = {
		'session-card': [ __( 'Session card (AICT)', 'aict-widgets' ), __( 'One session of the forum, compact.', 'aict-widgets' ), 'id' ],
		'session-full': [ __( 'Full session (AICT)', 'aict-widgets' ), __( 'One session with its description, room map and the sessions at the same time.', 'aict-widgets' ), 'media-document' ],
		programme: [ __( 'Programme (AICT)', 'aict-widgets' ), __( 'The whole programme of the forum, with filters and search.', 'aict-widgets' ), 'calendar-alt' ],
		'room-map': [ __( 'Room map (AICT)', 'aict-widgets' ), __( 'The venue’s floor plan with a room highlighted.', 'aict-widgets' ), 'location-alt' ],
		'concurrent-sessions': [ __( 'Sessions at the same time (AICT)', 'aict-widgets' ), __( 'The other sessions of the same programme block.', 'aict-widgets' ), 'list-view' ],
	};

	Object.keys( config.widgets ).forEach( function ( name ) {
		var widget = config.widgets[ name ];
		var meta = titles[ name ] || [ name, '', 'admin-generic' ];
		wp.blocks.registerBlockType( 'aict/' + name, {
			apiVersion: 2,
			title: meta[ 0 ],
			description: meta[ 1 ],
			icon: meta[ 2 ],
			category: 'widgets',
			keywords: [ 'aict', 'forum', 'programme', 'session', 'atelier' ],
			edit: function Edit( props ) {
				var attributes = props.attributes;
				var setAttributes = props.setAttributes;
				var feedState = useFeed( attributes );
				var blockProps = useBlockProps( { className: 'aict-widgets-block' } );
				var hasSession = !! widget.options.sessionId;
				var missing = widget.requires.some( function ( required ) {
					return ! attributes[ required ];
				} );
				var pickerProps = { attributes: attributes, setAttributes: setAttributes, feedState: feedState };
				var panels = [
					el(
						components.PanelBody,
						{ key: 'main', title: hasSession ? __( 'Session', 'aict-widgets' ) : __( 'Display', 'aict-widgets' ), initialOpen: true },
						hasSession ? el( SessionPicker, pickerProps ) : feedNotice( feedState ),
						widget.options.roomId ? el( RoomPicker, pickerProps ) : null
					),
					el(
						components.PanelBody,
						{ key: 'options', title: __( 'Options', 'aict-widgets' ), initialOpen: true },
						optionControls( widget, attributes, setAttributes )
					),
					el(
						components.PanelBody,
						{ key: 'advanced', title: __( 'Feed and links', 'aict-widgets' ), initialOpen: false },
						advancedControls( attributes, setAttributes )
					),
				];
				var body = missing
					? el(
							components.Placeholder,
							{
								icon: meta[ 2 ],
								label: meta[ 0 ],
								instructions: __( 'Choose the session to show.', 'aict-widgets' ),
							},
							el( SessionPicker, pickerProps )
					  )
					: feedState.url
					? preview( widget, attributes, feedState.url )
					: feedNotice( feedState );
				return el(
					Fragment,
					null,
					el( InspectorControls, null, panels ),
					el( 'div', blockProps, body )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.aictWidgetsEditor );
